#!/usr/bin/env python3
"""train-sb.py -- train strip-boilerplate's headline models (make model).

    /usr/bin/python3 tools/train-sb.py --features-bin build/tools/sb-features \
        [--shared ../shared] [--out filters/strip-boilerplate/sb-model.h]

The model learns from the marked pages of both development sets:
../shared/data/boilerplate (modern pages; headlines from meta/aeb_meta.tsv)
and ../shared/data/boilerplate-gn1 (news pages of 2008; gold headlines).
The features are the engine's own, printed by tools/sb-features, so
training and the C code cannot disagree on them.  Each page is given
twice: as it is, and as scraped pages come, with a first line "URL:
<its gold url>" (as tools/meta-eval.py and sb-eval.py --with-url give
them), from which the finder reads the URL's slug; the model learns
from both (--train-on url|plain: one copy only), so that it works on
pages without a URL too, and is reported on each.

It scores each candidate line above the article's first paragraph, and
is a conditional logit: a softmax over a page's candidates and "no
headline" (score 0); the marked headline's probability is maximised with
an L2 penalty by L-BFGS from zero, so every run gives the same weights.
A candidate is the headline when its words, lower-cased, are a marked
headline line's (a few words more allowed: "Headline - Site").

It reports how often the candidate scored highest (if above zero) is the
marked headline: cross-validated with all the pages of a site in the same
fold (GroupKFold by host, 5 folds over both sets), and trained on one set,
tested on the other.

Then the headline block: for the lines just above and below the chosen
headline, a logistic model says whether they belong to the marked
headline (a title and its deck); it reports, cross-validated the same
way, how many neighbours it keeps that belong, keeps that do not and
leaves out that belong.

Then it fits all pages and writes both sets of weights as a C header
(weights only: no text of the data goes into it).  Needs Debian's
python3-sklearn (with numpy and scipy).
"""
import argparse, csv, importlib.util, json, re, subprocess, tempfile
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
from scipy.optimize import minimize
from sklearn.model_selection import GroupKFold

WORD = re.compile(r"\w+")
SETS = ("aeb", "gn1")


def norm(s):
    return " ".join(WORD.findall(s.lower()))


def host(url):
    h = urlsplit(url or "").hostname or ""
    return h[4:] if h.startswith("www.") else h


def pages(shared):
    """(set, id, path, headline lines, site, url) per marked page."""
    d = shared / "data"
    out = []
    gold = json.loads((d / "boilerplate/gold.json").read_text(encoding="utf-8"))
    with (d / "meta/aeb_meta.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            k = r["id"]
            out.append(("aeb", k, d / "boilerplate/pages" / f"{k}.txt",
                        [r["headline"]], host(gold[k].get("url")),
                        gold[k].get("url") or ""))
    g = json.loads((d / "boilerplate-gn1/gold.json").read_text(encoding="utf-8"))
    for k in sorted(g):
        hl = [h for h in g[k].get("headline", "").split("\n") if norm(h)]
        out.append(("gn1", k, d / "boilerplate-gn1/pages" / f"{k}.txt", hl,
                    host(g[k].get("url")), g[k].get("url") or ""))
    return out


def with_url(plist, tmp):
    """The pages as users' pages come, a first line "URL: <gold url>"
    (as tools/meta-eval.py and sb-eval.py --with-url give them), written
    to tmp."""
    out = []
    for p in plist:
        f = Path(tmp) / f"{p[0]}-{p[1]}.txt"
        f.write_bytes(f"URL: {p[5]}\n".encode() + p[2].read_bytes())
        out.append(p[:2] + (f,) + p[3:])
    return out


def is_headline(text, heads):
    t = norm(text)
    if not t:
        return False
    for h in heads:
        h = norm(h)
        if h and h in t and len(t.split()) <= len(h.split()) + 6:
            return True
    return False


def run_features(binary, plist):
    """Rows (page index, features, text) of the candidates; feature names."""
    byfile = {str(p[2]): i for i, p in enumerate(plist)}
    r = subprocess.run([binary] + [str(p[2]) for p in plist],
                       capture_output=True, check=True)
    lines = r.stdout.decode("utf-8", "replace").split("\n")
    names = lines[0].split("\t")[2:-1]
    rows = []
    for line in lines[1:]:
        if line:
            f = line.split("\t")
            rows.append((byfile[f[0]], [float(v) for v in f[2:2 + len(names)]],
                         "\t".join(f[2 + len(names):])))
    return names, rows


def folds(plist, page_of_row):
    """GroupKFold by site: (train rows, test rows) five times."""
    groups = np.array([plist[pi][4] or plist[pi][1] for pi in page_of_row])
    return GroupKFold(n_splits=5).split(page_of_row, groups=groups)


# --- the headline model ---------------------------------------------------

L2 = 0.01


def fit_headline(X, Y, page, l2=L2):
    order = np.argsort(page, kind="stable")
    X, Y, page = X[order], Y[order].astype(float), page[order]
    starts = np.flatnonzero(np.r_[True, page[1:] != page[:-1]])
    seg = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(page)]))
    has = np.add.reduceat(Y, starts) > 0

    def loss(w):
        s = X @ w
        m = np.maximum(np.maximum.reduceat(s, starts), 0.0)
        e = np.exp(s - m[seg])
        z = np.add.reduceat(e, starts) + np.exp(-m)
        ye = Y * e
        zy = np.where(has, np.add.reduceat(ye, starts), 1.0)
        lp = np.where(has, np.log(zy), -m) - np.log(z)   # log P(target)
        p = e / z[seg]
        t = np.where(has[seg], ye / zy[seg], 0.0)
        n = len(starts)
        return -lp.sum() / n + l2 / 2 * w @ w, X.T @ (p - t) / n + l2 * w

    # The loss is strictly convex (L2), so it has one minimum; run L-BFGS
    # to it rather than to scipy's default stopping point, which moves with
    # the BLAS and CPU and so would differ from machine to machine.
    r = minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B",
                 options={"gtol": 1e-9, "ftol": 1e-15, "maxiter": 20000})
    return r.x


# The finder takes its best candidate when it scores above HEAD_CUT, not
# above 0, the "no headline" choice of the training loss: a page nearly
# always has a title, and a title left out is the failure users see.
# Cross-validated by site, every cut from -1.5 down gives the same pages
# right (aeb +2, gn1 +2 without URL line; gn1 +1 with); 0 leaves out
# titles that scored just below it.
HEAD_CUT = -1.5


def headline_right(w, X, Y, page, pidx):
    """Share of the pages pidx whose best candidate (score > HEAD_CUT) is right."""
    s = X @ w
    best = {}
    for i in range(len(s)):
        if page[i] in pidx and s[i] > HEAD_CUT and (page[i] not in best or s[i] > best[page[i]][0]):
            best[page[i]] = (s[i], Y[i])
    return sum(1 for p in pidx if p in best and best[p][1]) / len(pidx)


def train_headline(binary, plist, sets, usets, train_on):
    """Fit the headline model on the pages of train_on ("both": every page
    with and without its URL line; "url", "plain"), report it by site
    on the pages with their URL line (usets) and without (sets)."""
    names, rows = run_features(binary, plist)
    X = np.array([r[1] for r in rows])
    Y = np.array([is_headline(r[2], plist[r[0]][3]) for r in rows])
    page = np.array([r[0] for r in rows])
    plain = set().union(*sets.values())
    use = {"both": np.ones(len(page), bool),
           "url": ~np.isin(page, list(plain)),
           "plain": np.isin(page, list(plain))}[train_on]
    print(f"headline: {len(rows)} candidates; pages whose headline is one: " +
          ", ".join(f"{s} {len(set(page[Y]) & sets[s])}/{len(sets[s])}" for s in SETS) +
          f"; trained on the pages {train_on_what[train_on]}")
    # (each copy of a page counts as a page: weighing each half, the L2
    # penalty doubled, cost 1 aeb and 3 gn1 headlines without a URL line)
    l2 = L2
    right = Counter()
    for tr, te in folds(plist, page):
        tr = tr[use[tr]]
        w = fit_headline(X[tr], Y[tr], page[tr], l2)
        for what, ss in (("", sets), ("url ", usets)):
            for s in SETS:
                pidx = ss[s] & set(page[te])
                right[what + s] += headline_right(w, X[te], Y[te], page[te], pidx) * len(pidx)
    for what, ss in (("", sets), ("url ", usets)):
        print(f"  5 folds by site, headline right, {'with' if what else 'without'} "
              "URL line: " + ", ".join(f"{s} {right[what + s] / len(ss[s]):.3f}" for s in SETS))
    for a, b in (("aeb", "gn1"), ("gn1", "aeb")):
        m = np.isin(page, list(sets[a] | usets[a])) & use
        w = fit_headline(X[m], Y[m], page[m], l2)
        print(f"  trained on {a}, right on {b}: without URL line "
              f"{headline_right(w, X, Y, page, sets[b]):.3f}, with "
              f"{headline_right(w, X, Y, page, usets[b]):.3f}")
    w = fit_headline(X[use], Y[use], page[use], l2)
    print("  fitted on all: " + ", ".join(
        f"{s} {headline_right(w, X, Y, page, sets[s]):.3f}" for s in SETS) +
        "; with URL line: " + ", ".join(
        f"{s} {headline_right(w, X, Y, page, usets[s]):.3f}" for s in SETS))
    return names, w, X[use], Y[use], page[use], l2


train_on_what = {"both": "with and without their URL line",
                 "url": "with their URL line", "plain": "without a URL line"}


# --- the headline block ---------------------------------------------------
#
# A marked headline is often two lines: the title and a deck under it (or
# the finder picks the deck and the title stands above it).  The block
# model decides, for the two lines next to the chosen headline (the nearest
# non-blank line above and below, when it is a candidate), whether it
# belongs to the headline: logistic regression over the candidate's own
# features, which side it is on, its headline score and the gap to the
# best score.

WINDOW = 40                     # HL_WINDOW of headline.c


def distance(f, names):
    """The candidate's distance above the first paragraph, in non-blank lines."""
    return int(round(np.expm1(f[names.index("distance")] * np.log1p(WINDOW))))


def block_rows(names, X, Y, page, s):
    """(features, label) of the chosen headline's neighbours, per page."""
    best = {}
    for i in range(len(s)):
        if s[i] > HEAD_CUT and (page[i] not in best or s[i] > s[best[page[i]]]):
            best[page[i]] = i
    dist = {i: distance(X[i], names) for i in range(len(X)) if page[i] in best}
    bydist = {(page[i], d): i for i, d in dist.items()}
    Xb, Yb, pb = [], [], []
    for p, b in best.items():
        for below in (0, 1):
            i = bydist.get((p, dist[b] - 1 if below else dist[b] + 1))
            if i is not None:
                Xb.append(np.r_[X[i], below, s[i], s[b] - s[i]])
                Yb.append(Y[i])
                pb.append(p)
    return np.array(Xb), np.array(Yb, dtype=bool), np.array(pb)


def fit_block(X, Y, l2=0.01):
    y = Y.astype(float)

    def loss(w):
        z = X @ w
        p = 1 / (1 + np.exp(-z))
        ll = np.logaddexp(0, z) - y * z
        return ll.mean() + l2 / 2 * w @ w, X.T @ (p - y) / len(y) + l2 * w

    r = minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B",
                 options={"gtol": 1e-9, "ftol": 1e-15, "maxiter": 20000})
    return r.x


# A neighbour is kept when its log-odds are above BLOCK_CUT, not 0: a title
# left out is the failure users see, a short line too many costs little.
BLOCK_CUT = -1.5


def block_counts(wb, Xb, Yb):
    """Neighbours kept that belong, kept that do not, left out that belong."""
    k = Xb @ wb > BLOCK_CUT
    return np.array([(k & Yb).sum(), (k & ~Yb).sum(), (~k & Yb).sum()])


def train_block(names, X, Y, page, plist, w, l2=L2):
    bnames = names + ["below", "score", "gap"]
    tot = np.zeros(3, dtype=int)
    for tr, te in folds(plist, page):
        wh = fit_headline(X[tr], Y[tr], page[tr], l2)
        Xb, Yb, _ = block_rows(names, X, Y, page, X @ wh)
        te_pages = set(page[te])
        m = np.array([p in te_pages for p in _])
        wb = fit_block(Xb[~m], Yb[~m], l2)
        tot += block_counts(wb, Xb[m], Yb[m])
    print(f"block: 5 folds by site, neighbours kept that belong {tot[0]}, "
          f"kept that do not {tot[1]}, left out that belong {tot[2]}")
    Xb, Yb, _ = block_rows(names, X, Y, page, X @ w)
    wb = fit_block(Xb, Yb, l2)
    k = block_counts(wb, Xb, Yb)
    print(f"  fitted on all: kept that belong {k[0]}, do not {k[1]}, left out {k[2]}")
    return bnames, wb


# --- the line model (an experiment: train-sb.py --lines) ------------------
#
# Issue #14: a stacked corrector of the rules' verdicts.  For every line
# the rules judged (not blank, not the headline or its block, not the lead
# above the article, not a byline or dateline), logistic regression over
# the line's features, the rules' verdict and classes, where it stands in
# the article's run and its neighbours' verdicts, all printed by
# `sb-features --lines`.  The label is whether the line's text is in the
# marked article: most of its 4-word shingles are in the gold's (a line
# under four words: its words appear in a row in the gold), or it is the
# page's marked headline (the golds leave headlines out; the model must not
# drop one).  A page weighs as much as any other (the scorer averages over
# pages), a line in it the square root of its words.
#
# It prints F1 of the rules alone and of rules + model with the sets' own
# scorer over the pipeline's output (strip-boilerplate | dedupe-captions
# --drop-all, the other lines as the engine judged them): the model
# cross-validated by site (5 folds), both as a free corrector (keep at
# log-odds above 0) and as a confident dropper (a line the rules kept goes
# below LINE_CUT), and trained on one set, tested on the other.  At the
# time of writing (rules at aeb 0.9401, gn1 0.9602) neither beat the rules
# on both sets (free: aeb 0.9313, gn1 0.9616; dropper: aeb 0.9401, gn1
# 0.9608), so the engine has no line model and `make model` does not run
# this.  Without the lead excluded the model learnt to drop the titles the
# finder did not choose (gn1 F1 +0.003, headlines 269 -> 262 of 298).

LINE_CUT = -1.0
LINE_L2 = 0.01


def gold_bodies(shared):
    d = shared / "data"
    out = {}
    for s, sub in (("aeb", "boilerplate"), ("gn1", "boilerplate-gn1")):
        g = json.loads((d / sub / "gold.json").read_text(encoding="utf-8"))
        for k, v in g.items():
            out[(s, k)] = v.get("articleBody", "")
    return out


def in_gold(text, gshingles, gtext):
    w = WORD.findall(text)
    if not w:
        return False
    if len(w) < 4:
        return f" {' '.join(w)} " in gtext
    sh = [tuple(w[i:i + 4]) for i in range(len(w) - 3)]
    return sum(x in gshingles for x in sh) * 2 >= len(sh)


def line_rows(binary, plist, shared):
    """Features, labels, words, page and line number of the judged lines."""
    byfile = {str(p[2]): i for i, p in enumerate(plist)}
    r = subprocess.run([binary, "--lines"] + [str(p[2]) for p in plist],
                       capture_output=True, check=True)
    lines = r.stdout.decode("utf-8", "replace").split("\n")
    names = lines[0].split("\t")[2:-1]
    gold = gold_bodies(shared)
    gcache = {}
    X, Y, W, page, lno = [], [], [], [], []
    for line in lines[1:]:
        if not line:
            continue
        f = line.split("\t")
        pi = byfile[f[0]]
        if pi not in gcache:
            gw = WORD.findall(gold[(plist[pi][0], plist[pi][1])])
            gcache[pi] = ({tuple(gw[i:i + 4]) for i in range(len(gw) - 3)},
                          f" {' '.join(gw)} ")
        text = "\t".join(f[2 + len(names):])
        X.append([float(v) for v in f[2:2 + len(names)]])
        Y.append(in_gold(text, *gcache[pi]) or is_headline(text, plist[pi][3]))
        W.append(max(1, len(WORD.findall(text))))
        page.append(pi)
        lno.append(int(f[1]))
    return (names, np.array(X), np.array(Y, dtype=bool), np.array(W, float),
            np.array(page), np.array(lno))


def line_weights(W, page):
    """Each page weighs the same; a line in it the root of its words."""
    tot = np.zeros(page.max() + 1)
    np.add.at(tot, page, W)
    return np.sqrt(W) / tot[page]


def fit_lines(X, Y, sw, l2=LINE_L2):
    y = Y.astype(float)
    sw = sw / sw.sum()

    def loss(w):
        z = X @ w
        p = 1 / (1 + np.exp(-z))
        ll = np.logaddexp(0, z) - y * z
        return sw @ ll + l2 / 2 * w @ w, X.T @ (sw * (p - y)) + l2 * w

    r = minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B",
                 options={"gtol": 1e-9, "ftol": 1e-15, "maxiter": 20000})
    return r.x


def run_explain(bindir, plist):
    """(verdict, text) of every line of every page, as the engine gives them."""
    r = subprocess.run([str(bindir / "strip-boilerplate"), "--explain", "-H"] +
                       [str(p[2]) for p in plist], capture_output=True, check=True)
    byfile = {str(p[2]): i for i, p in enumerate(plist)}
    ex = {}
    for line in r.stdout.decode("utf-8", "replace").split("\n"):
        if line:
            f = line.split("\t", 3)
            ex.setdefault(byfile[f[0]], []).append((f[1], f[3]))
    return ex


def pipeline_f1(plist, sets, shared, bindir, explain, keep_of):
    """(F1, P, R) per set of the pipeline's output when the judged lines'
    keep is keep_of[(page, line)] and the other lines' the engine's."""
    spec = importlib.util.spec_from_file_location(
        "score", shared / "data/boilerplate/score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    stream = []
    for pi, rows in explain.items():
        for j, (verdict, text) in enumerate(rows):
            if keep_of.get((pi, j + 1), verdict == "KEEP"):
                stream.append(f"{pi}\t{text}\n")
    out = subprocess.run([str(bindir / "dedupe-captions"), "--drop-all"],
                         input="".join(stream).encode(), capture_output=True,
                         check=True).stdout.decode("utf-8", "replace")
    kept = {}
    for line in out.split("\n"):
        if line:
            k, _, t = line.partition("\t")
            kept.setdefault(int(k), []).append(t)
    gold = gold_bodies(shared)
    res = {}
    for s in SETS:
        ps, rs = [], []
        for pi in sorted(sets[s]):
            pr, rc, hp, hr = scorer.page_scores(gold[(s, plist[pi][1])],
                                                "\n".join(kept.get(pi, [])))
            if hp:
                ps.append(pr)
            if hr:
                rs.append(rc)
        P, R = sum(ps) / len(ps), sum(rs) / len(rs)
        res[s] = (2 * P * R / (P + R), P, R)
    return res


def train_lines(binary, plist, sets, shared, bindir):
    names, X, Y, W, page, lno = line_rows(binary, plist, shared)
    sw = line_weights(W, page)
    kept = X[:, names.index("kept")] > 0
    ex = run_explain(bindir, plist)

    def f1(keep):
        return pipeline_f1(plist, sets, shared, bindir, ex,
                           {(p, l): k for p, l, k in zip(page, lno, keep)})

    def show(what, r):
        print(f"  {what}: " + ", ".join(
            f"{s} F1 {r[s][0]:.4f} (P {r[s][1]:.4f} R {r[s][2]:.4f})" for s in SETS))

    print(f"lines: {len(Y)} judged, {Y.sum()} in the gold; the rules right on "
          f"{W[kept == Y].sum() / W.sum():.4f} of their words")
    show("rules alone", f1(kept))
    score = np.zeros(len(Y))
    for tr, te in folds(plist, page):
        score[te] = X[te] @ fit_lines(X[tr], Y[tr], sw[tr])
    show("rules + model, 5 folds by site, keep at log-odds > 0", f1(score > 0))
    show(f"rules + model, 5 folds by site, drop only below {LINE_CUT}",
         f1(kept & (score >= LINE_CUT)))
    aeb = np.isin(page, list(sets["aeb"]))
    for a, m in (("aeb", aeb), ("gn1", ~aeb)):
        w = fit_lines(X[m], Y[m], sw[m])
        b = [s for s in SETS if s != a][0]
        r0, r1 = f1(X @ w > 0), f1(kept & (X @ w >= LINE_CUT))
        print(f"  trained on {a}, F1 on {b}: keep at > 0 {r0[b][0]:.4f}, "
              f"drop only {r1[b][0]:.4f}")
    w = fit_lines(X, Y, sw)
    print("  fitted on all, weights: " + ", ".join(
        f"{n} {x:+.2f}" for n, x in sorted(zip(names, w), key=lambda z: -abs(z[1]))))
    return names, w


def c_array(name, w, names):
    return (f"static const double {name}[] = {{\n" +
            "".join(f"\t{v:.4f},\t/* {n} */\n" for v, n in zip(w, names)) + "};\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--features-bin", required=True)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path)
    ap.add_argument("--check", type=Path, metavar="HEADER",
                    help="compare with a committed sb-model.h: exit 1 if a "
                    "weight differs by more than 0.001 (rounding, other BLAS)")
    ap.add_argument("--train-on", choices=("both", "url", "plain"),
                    default="both", help="the pages the headline models "
                    "learn from: with and without a first line \"URL: <gold "
                    "url>\" (both, the default), only with it, only without")
    ap.add_argument("--lines", action="store_true",
                    help="only evaluate the line model (no header): F1 of "
                    "the rules alone and of rules + model, by site")
    ap.add_argument("--bin", type=Path, help="with --lines: where "
                    "strip-boilerplate and dedupe-captions are (default: "
                    "bin/ beside the features program's directory)")
    a = ap.parse_args()
    plist = pages(a.shared)
    if a.lines:
        sets = {s: {i for i, p in enumerate(plist) if p[0] == s} for s in SETS}
        train_lines(a.features_bin, plist, sets, a.shared,
                    a.bin or Path(a.features_bin).resolve().parent.parent / "bin")
        return
    sets = {s: {i for i, p in enumerate(plist) if p[0] == s} for s in SETS}
    n = len(plist)
    usets = {s: {i + n for i in sets[s]} for s in SETS}
    with tempfile.TemporaryDirectory() as tmp:
        full = plist + with_url(plist, tmp)
        hn, hw, X, Y, page, l2 = train_headline(a.features_bin, full, sets,
                                                usets, a.train_on)
    bn, bw = train_block(hn, X, Y, page, full, hw, l2)
    if a.out:
        a.out.write_text(
            "/*\n"
            " * sb-model.h -- the weights of strip-boilerplate's headline model, one\n"
            " * per feature in the order of hf_names[] in headline.c.\n"
            " * Generated by tools/train-sb.py (make model) from the marked pages of\n"
            " * ../shared/data/boilerplate and boilerplate-gn1; do not edit.\n"
            " */\n" + c_array("hl_weights", hw, hn) +
            "\n/* the best candidate is the headline when its score is above this */\n"
            f"#define HL_HEAD_CUT\t({HEAD_CUT:.1f})\n"
            "\n/* the headline block: a neighbour of the headline belongs to it when\n"
            " * these weights give more than HL_BLOCK_CUT */\n"
            f"#define HL_BLOCK_CUT\t({BLOCK_CUT:.1f})\n" + c_array("hl_block_weights", bw, bn))
        print(f"wrote {a.out}")
    if a.check:
        old = [float(x) for x in re.findall(r"^\t(-?[0-9.]+),", a.check.read_text(), re.M)]
        new = list(hw) + list(bw)
        diff = max((abs(x - y) for x, y in zip(old, new)), default=0.0)
        cuts = [float(x) for x in re.findall(r"^#define HL_\w+_CUT\t\((-?[0-9.]+)\)",
                                             a.check.read_text(), re.M)]
        same = (len(old) == len(new) and diff <= 0.001 and
                cuts == [HEAD_CUT, BLOCK_CUT])
        print(f"{a.check}: {len(old)} weights, trained {len(new)}, "
              f"largest difference {diff:.6f}: {'same' if same else 'DIFFERENT'}")
        if not same:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
