#!/usr/bin/env python3
"""sb-loss.py -- where strip-boilerplate loses F1, by --explain reason.

    python3 tools/sb-loss.py [--bin DIR] [--shared DIR] [--no-pos]
                             [--lines DIR] [aeb] [gn1]

For each development set (../shared/data/boilerplate, boilerplate-gn1) it
runs the scored pipeline (strip-boilerplate | dedupe-captions --drop-all)
and strip-boilerplate --explain, and splits the lost precision and recall
by the reason --explain gives for each line:

  - FP: the output's 4-word shingles (words as \\w+, over the whole kept
    text, as the sets' scorer takes them) are matched against the gold's,
    a multiset, each gold shingle used once; a shingle left unmatched is
    lost precision, charged to the reason of the line it starts on, and
    tagged < (above the first gold line kept), = (between gold lines) or
    > (below the last), unless --no-pos.
  - FN: a gold shingle left over is lost recall, charged to the first
    dropped line that holds it ("dedupe-captions" when strip-boilerplate
    kept the line and dedupe-captions dropped it; "(not on one line)"
    when no dropped line holds it whole).

Each figure is the mean over pages of the share of the page's predicted
(FP) or gold (FN) shingles, x100, so the totals are about 100 x (1 - P)
and 100 x (1 - R) of tools/sb-eval.py; the raw shingle count follows.
--lines DIR writes DIR/fp.SET and DIR/fn.SET: the lines kept whose words
are mostly not in the gold, and the dropped lines whose words are.
"""
import argparse, json, os, re, subprocess
from collections import Counter, defaultdict
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+")
SETS = {"aeb": "boilerplate", "gn1": "boilerplate-gn1"}


def shingles(words):
    return [tuple(words[i:i + 4]) for i in range(max(1, len(words) - 3))
            if words[i:i + 4]]


def by_page(out):
    """Lines of a keyed run, per page id: the fields after the key."""
    rows = defaultdict(list)
    for line in out.split("\n"):
        if line:
            f = line.split("\t", 3)
            rows[Path(f[0]).stem].append(f[1:])
    return rows


def page_lines(explain, kept):
    """(verdict, reason, text, words) of every line, as scored."""
    lines, j = [], 0
    for v, reason, text in explain:
        if v == "KEEP":
            if j < len(kept) and kept[j][0] == text:
                j += 1
            else:
                v, reason = "DROP", "dedupe-captions"
        lines.append((v, reason, text, WORD.findall(text)))
    return lines


def losses(lines, gold, pos):
    G = Counter(shingles(WORD.findall(gold)))
    G0 = Counter(G)
    ngold = sum(G.values())
    isgold = []
    for v, r, x, w in lines:
        s = shingles(w)
        isgold.append(bool(w) and sum(G0[t] > 0 for t in s) * 2 >= len(s))
    kept = [i for i, l in enumerate(lines) if l[0] == "KEEP" and isgold[i]]
    lo, hi = (kept[0], kept[-1]) if kept else (-1, -1)

    def tag(i):
        return "" if not pos else " <" if i < lo else " >" if i > hi else " ="

    pw, pl, dw, dl = [], [], [], []
    for i, (v, r, x, w) in enumerate(lines):
        dw += w
        dl += [i] * len(w)
        if v == "KEEP":
            pw += w
            pl += [i] * len(w)
    fp, fn, npred = Counter(), Counter(), 0
    for a in range(max(1, len(pw) - 3)):
        s = tuple(pw[a:a + 4])
        if not s:
            continue
        npred += 1
        if G[s] > 0:
            G[s] -= 1
        else:
            fp[lines[pl[a]][1] + tag(pl[a])] += 1
    for a in range(max(1, len(dw) - 3)):
        s = tuple(dw[a:a + 4])
        if not s or G[s] <= 0:
            continue
        drop = [i for i in sorted(set(dl[a:a + 4])) if lines[i][0] != "KEEP"]
        if drop:
            G[s] -= 1
            fn[lines[drop[0]][1]] += 1
    rest = sum(c for c in G.values() if c > 0)
    if rest:
        fn["(not on one line)"] += rest
    odd = [(i, tag(i)) for i, l in enumerate(lines)
           if l[3] and (l[0] == "KEEP") != isgold[i]]
    return fp, fn, npred, ngold, odd


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="*", metavar="SET", help="aeb, gn1 (both if none)")
    ap.add_argument("--bin", type=Path, default=TOP / "build/bin")
    ap.add_argument("--shared", type=Path,
                    default=Path(os.environ.get("COPYDESK_SHARED", TOP.parent / "shared")))
    ap.add_argument("--no-pos", action="store_true")
    ap.add_argument("--lines", type=Path)
    a = ap.parse_args()
    for s in a.sets:
        if s not in SETS:
            ap.error(f"{s}: not a set (aeb, gn1)")
    sb, dc = str(a.bin / "strip-boilerplate"), str(a.bin / "dedupe-captions")
    for name in a.sets or list(SETS):
        d = a.shared / "data" / SETS[name]
        gold = json.loads((d / "gold.json").read_text(encoding="utf-8"))
        pages = [str(p) for p in sorted((d / "pages").glob("*.txt"))
                 if p.stem in gold]
        explain = by_page(subprocess.run([sb, "--explain", "-H"] + pages,
                          capture_output=True, check=True).stdout.decode("utf-8", "replace"))
        p1 = subprocess.Popen([sb, "-H"] + pages, stdout=subprocess.PIPE)
        kept = by_page(subprocess.run([dc, "--drop-all"], stdin=p1.stdout,
                       capture_output=True, check=True).stdout.decode("utf-8", "replace"))
        p1.wait()
        P, R, nP, nR = Counter(), Counter(), Counter(), Counter()
        fpl, fnl = [], []
        for k in sorted(gold):
            lines = page_lines(explain[k], kept[k])
            fp, fn, npred, ngold, odd = losses(lines, gold[k]["articleBody"],
                                               not a.no_pos)
            for r, c in fp.items():
                P[r] += c / max(npred, 1)
                nP[r] += c
            for r, c in fn.items():
                R[r] += c / max(ngold, 1)
                nR[r] += c
            for i, t in odd:
                v, r, x, w = lines[i]
                (fpl if v == "KEEP" else fnl).append(
                    f"{k}\t{i}\t{r}{t if v == 'KEEP' else ''}\t{len(w)}\t{x.strip()}")
        n = len(gold)
        print(f"== {name} ({n} pages): lost P and R by reason, mean share a page x100, shingles")
        for tab, cnt, what in ((P, nP, "FP"), (R, nR, "FN")):
            for r, c in sorted(tab.items(), key=lambda x: -x[1]):
                if c / n >= 0.0005:
                    print(f"  {what} {r:34s} {100 * c / n:6.2f} {cnt[r]:7d}")
            print(f"  {what} {'total':34s} {100 * sum(tab.values()) / n:6.2f}")
        if a.lines:
            a.lines.mkdir(parents=True, exist_ok=True)
            (a.lines / f"fp.{name}").write_text("".join(l + "\n" for l in fpl), encoding="utf-8")
            (a.lines / f"fn.{name}").write_text("".join(l + "\n" for l in fnl), encoding="utf-8")


if __name__ == "__main__":
    main()
