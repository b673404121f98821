#!/usr/bin/env python3
"""sb-eval.py -- measure strip-boilerplate on both development sets at once.

    python3 tools/sb-eval.py [--bin DIR] [--shared DIR] [--per-page FILE]
                             [--without-headline] [--with-url]

For ../shared/data/boilerplate (modern pages, 2019) and
../shared/data/boilerplate-gn1 (news pages of 2008) it prints:
  - F1, precision and recall of `strip-boilerplate | dedupe-captions
    --drop-all` with the sets' own scorer (score.py, imported, not copied);
  - the headline rate: pages whose marked headline is in the output (every
    line of it within one output line, words compared in lower case, as
    the GN1 README defines it), over the pages whose dump holds it;
  - how many pages have more than one line that --explain calls
    "headline" (there must be none).
With --without-headline, the lines --explain calls "headline" or
"headline block" are taken out of the output before scoring: the first
set's gold never holds the headline, so this says what keeping it costs
there.  With --with-url, each page is given as a scraper saves it (and
as tools/meta-eval.py gives it): a first line "URL: <the page's url
from gold.json>", then the page; the headline finder reads the URL's
slug.  The headlines of the first set come from ../shared/data/meta/aeb_meta.tsv.
Both sets are run with one process per program (file names as keys), which
gives the same output as a run per page: each file is its own document.
"""
import argparse, csv, importlib.util, json, os, re, subprocess, sys, tempfile
from collections import defaultdict
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+")


def norm(s):
    return " ".join(WORD.findall(s.lower()))


def load_scorer(shared):
    spec = importlib.util.spec_from_file_location(
        "score", shared / "data/boilerplate/score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run_keyed(cmd, pages):
    """Run cmd over every page as one keyed stream; text per page id."""
    out = subprocess.run(cmd + [str(p) for p in pages], capture_output=True,
                         check=True).stdout.decode("utf-8", "replace")
    rows = defaultdict(list)
    for line in out.split("\n"):
        if not line:
            continue
        f = line.split("\t")
        rows[Path(f[0]).stem].append(f[1:])
    return rows


def with_url(pages, gold, tmp):
    """Copies of the pages in tmp, each with a first line "URL: <url>"."""
    out = []
    for p in pages:
        f = Path(tmp) / p.name
        f.write_bytes(("URL: %s\n" % (gold[p.stem].get("url") or "")).encode() +
                      p.read_bytes())
        out.append(f)
    return out


def evaluate(name, folder, gold, headlines, bindir, scorer, per_page,
             without_headline=False, url_tmp=None):
    pages = sorted(folder.glob("*.txt"))
    pages = [p for p in pages if p.stem in gold]
    dumps = {p.stem: p for p in pages}
    if url_tmp is not None:
        url_tmp.mkdir()
        pages = with_url(pages, gold, url_tmp)
    sb = str(bindir / "strip-boilerplate")
    dc = str(bindir / "dedupe-captions")
    # the scored pipeline, keyed by file name
    p1 = subprocess.Popen([sb, "-H"] + [str(p) for p in pages],
                          stdout=subprocess.PIPE)
    out = subprocess.run([dc, "--drop-all"], stdin=p1.stdout,
                         capture_output=True, check=True).stdout
    p1.wait()
    kept = defaultdict(list)
    for line in out.decode("utf-8", "replace").split("\n"):
        if line:
            k, _, t = line.partition("\t")
            kept[Path(k).stem].append(t)
    explain = run_keyed([sb, "--explain", "-H"], pages)
    if without_headline:
        # score as if the headline (and its block) were dropped: the first
        # kept line of each such text goes
        for k, rows_k in explain.items():
            heads = [r[2] for r in rows_k if r[1] in ("headline", "headline block")]
            for h in heads:
                if h in kept.get(k, []):
                    kept[k].remove(h)
    ps, rs, rows = [], [], []
    hl_have = hl_kept = multi = 0
    missed = []
    for p in pages:
        k = p.stem
        pred = "\n".join(kept.get(k, []))
        pr, rc, hasp, hasr = scorer.page_scores(gold[k]["articleBody"], pred)
        if hasp:
            ps.append(pr)
        if hasr:
            rs.append(rc)
        nhead = sum(1 for r in explain.get(k, []) if r[1] == "headline")
        multi += nhead > 1
        hl = headlines.get(k)
        if hl:
            dump = norm(dumps[k].read_text(encoding="utf-8", errors="replace"))
            want = [norm(h) for h in hl.split("\n") if norm(h)]
            if want and all(w in dump for w in want):
                hl_have += 1
                outl = [norm(t) for t in kept.get(k, [])]
                if all(any(w in o for o in outl) for w in want):
                    hl_kept += 1
                else:
                    missed.append((k, hl.split("\n")[0]))
        rows.append((k, pr, rc))
    P = sum(ps) / len(ps)
    R = sum(rs) / len(rs)
    F = 2 * P * R / (P + R) if P + R else 0.0
    if url_tmp is not None:
        name += "+url"
    line = f"{name}: pages={len(pages)} F1={F:.3f} P={P:.3f} R={R:.3f}"
    if hl_have:
        line += f" headline={hl_kept}/{hl_have}={hl_kept / hl_have:.3f}"
    line += f" multi-headline-pages={multi}"
    print(line)
    if per_page:
        with open(f"{per_page}.{name}", "w") as fh:
            for k, pr, rc in sorted(rows, key=lambda r: 2 * r[1] * r[2] / (r[1] + r[2] or 1)):
                fh.write(f"{k}\t{pr:.3f}\t{rc:.3f}\n")
            for k, h in missed:
                fh.write(f"headline-missed\t{k}\t{h}\n")
    return F


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", type=Path, default=TOP / "build/bin")
    ap.add_argument("--shared", type=Path,
                    default=Path(os.environ.get("COPYDESK_SHARED", TOP.parent / "shared")))
    ap.add_argument("--per-page", help="write FILE.aeb and FILE.gn1: worst pages first, then missed headlines")
    ap.add_argument("--without-headline", action="store_true",
                    help="score as if the headline lines were dropped (the "
                    "first set's gold never holds the headline)")
    ap.add_argument("--with-url", action="store_true",
                    help="give each page a first line \"URL: <gold url>\", "
                    "as scraped pages have")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run_sets(a, tmp if a.with_url else None)


def run_sets(a, tmp):
    d = a.shared / "data"
    if not (d / "boilerplate").is_dir():
        sys.exit(f"sb-eval: {d}/boilerplate: no evaluation data")
    scorer = load_scorer(a.shared)
    aeb_gold = json.loads((d / "boilerplate/gold.json").read_text(encoding="utf-8"))
    aeb_hl = {}
    meta = d / "meta/aeb_meta.tsv"
    if meta.exists():
        with meta.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                aeb_hl[r["id"]] = r["headline"]
    evaluate("aeb", d / "boilerplate/pages", aeb_gold, aeb_hl, a.bin, scorer, a.per_page,
             a.without_headline, tmp and Path(tmp, "aeb"))
    if (d / "boilerplate-gn1").is_dir():
        g = json.loads((d / "boilerplate-gn1/gold.json").read_text(encoding="utf-8"))
        evaluate("gn1", d / "boilerplate-gn1/pages", g,
                 {k: v.get("headline", "") for k, v in g.items()}, a.bin, scorer, a.per_page,
                 a.without_headline, tmp and Path(tmp, "gn1"))


if __name__ == "__main__":
    main()
