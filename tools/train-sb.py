#!/usr/bin/env python3
"""train-sb.py -- train strip-boilerplate's headline models (make model).

    /usr/bin/python3 tools/train-sb.py --features-bin build/tools/sb-features \
        [--shared ../shared] [--out filters/strip-boilerplate/sb-model.h]

The model learns from the marked pages of both development sets:
../shared/data/boilerplate (modern pages; headlines from meta/aeb_meta.tsv)
and ../shared/data/boilerplate-gn1 (news pages of 2008; gold headlines).
The features are the engine's own, printed by tools/sb-features, so
training and the C code cannot disagree on them.

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
import argparse, csv, json, re, subprocess
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
    """(set, id, path, headline lines, site) per marked page."""
    d = shared / "data"
    out = []
    gold = json.loads((d / "boilerplate/gold.json").read_text(encoding="utf-8"))
    with (d / "meta/aeb_meta.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            k = r["id"]
            out.append(("aeb", k, d / "boilerplate/pages" / f"{k}.txt",
                        [r["headline"]], host(gold[k].get("url"))))
    g = json.loads((d / "boilerplate-gn1/gold.json").read_text(encoding="utf-8"))
    for k in sorted(g):
        hl = [h for h in g[k].get("headline", "").split("\n") if norm(h)]
        out.append(("gn1", k, d / "boilerplate-gn1/pages" / f"{k}.txt", hl,
                    host(g[k].get("url"))))
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

def fit_headline(X, Y, page, l2=0.01):
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


def headline_right(w, X, Y, page, pidx):
    """Share of the pages pidx whose best candidate (score > 0) is right."""
    s = X @ w
    best = {}
    for i in range(len(s)):
        if page[i] in pidx and s[i] > 0 and (page[i] not in best or s[i] > best[page[i]][0]):
            best[page[i]] = (s[i], Y[i])
    return sum(1 for p in pidx if p in best and best[p][1]) / len(pidx)


def train_headline(binary, plist, sets):
    names, rows = run_features(binary, plist)
    X = np.array([r[1] for r in rows])
    Y = np.array([is_headline(r[2], plist[r[0]][3]) for r in rows])
    page = np.array([r[0] for r in rows])
    print(f"headline: {len(rows)} candidates; pages whose headline is one: " +
          ", ".join(f"{s} {len(set(page[Y]) & sets[s])}/{len(sets[s])}" for s in SETS))
    right = Counter()
    for tr, te in folds(plist, page):
        w = fit_headline(X[tr], Y[tr], page[tr])
        for s in SETS:
            pidx = sets[s] & set(page[te])
            right[s] += headline_right(w, X[te], Y[te], page[te], pidx) * len(pidx)
    print("  5 folds by site, headline right: " +
          ", ".join(f"{s} {right[s] / len(sets[s]):.3f}" for s in SETS))
    for a, b in (("aeb", "gn1"), ("gn1", "aeb")):
        m = np.isin(page, list(sets[a]))
        w = fit_headline(X[m], Y[m], page[m])
        print(f"  trained on {a}, right on {b}: "
              f"{headline_right(w, X, Y, page, sets[b]):.3f}")
    w = fit_headline(X, Y, page)
    print("  fitted on all: " + ", ".join(
        f"{s} {headline_right(w, X, Y, page, sets[s]):.3f}" for s in SETS))
    return names, w, X, Y, page


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
        if s[i] > 0 and (page[i] not in best or s[i] > s[best[page[i]]]):
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


def train_block(names, X, Y, page, plist, w):
    bnames = names + ["below", "score", "gap"]
    tot = np.zeros(3, dtype=int)
    for tr, te in folds(plist, page):
        wh = fit_headline(X[tr], Y[tr], page[tr])
        Xb, Yb, _ = block_rows(names, X, Y, page, X @ wh)
        te_pages = set(page[te])
        m = np.array([p in te_pages for p in _])
        wb = fit_block(Xb[~m], Yb[~m])
        tot += block_counts(wb, Xb[m], Yb[m])
    print(f"block: 5 folds by site, neighbours kept that belong {tot[0]}, "
          f"kept that do not {tot[1]}, left out that belong {tot[2]}")
    Xb, Yb, _ = block_rows(names, X, Y, page, X @ w)
    wb = fit_block(Xb, Yb)
    k = block_counts(wb, Xb, Yb)
    print(f"  fitted on all: kept that belong {k[0]}, do not {k[1]}, left out {k[2]}")
    return bnames, wb


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
    a = ap.parse_args()
    plist = pages(a.shared)
    sets = {s: {i for i, p in enumerate(plist) if p[0] == s} for s in SETS}
    hn, hw, X, Y, page = train_headline(a.features_bin, plist, sets)
    bn, bw = train_block(hn, X, Y, page, plist, hw)
    if a.out:
        a.out.write_text(
            "/*\n"
            " * sb-model.h -- the weights of strip-boilerplate's headline model, one\n"
            " * per feature in the order of hf_names[] in headline.c.\n"
            " * Generated by tools/train-sb.py (make model) from the marked pages of\n"
            " * ../shared/data/boilerplate and boilerplate-gn1; do not edit.\n"
            " */\n" + c_array("hl_weights", hw, hn) +
            "\n/* the headline block: a neighbour of the headline belongs to it when\n"
            " * these weights give more than HL_BLOCK_CUT */\n"
            f"#define HL_BLOCK_CUT\t({BLOCK_CUT:.1f})\n" + c_array("hl_block_weights", bw, bn))
        print(f"wrote {a.out}")
    if a.check:
        old = [float(x) for x in re.findall(r"^\t(-?[0-9.]+),", a.check.read_text(), re.M)]
        new = list(hw) + list(bw)
        diff = max((abs(x - y) for x, y in zip(old, new)), default=0.0)
        same = len(old) == len(new) and diff <= 0.001
        print(f"{a.check}: {len(old)} weights, trained {len(new)}, "
              f"largest difference {diff:.6f}: {'same' if same else 'DIFFERENT'}")
        if not same:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
