#!/usr/bin/env python3
"""meta-eval.py -- measure extract-meta on the labelled pages of ../shared.

    python3 tools/meta-eval.py [--bin DIR] [--shared DIR] [--misses]
        [--min NAME=RATE ...]

Each page is given to extract-meta as a scraper would save it: a first
line "URL: <the page's url from gold.json>", then the page's text dump.
One process reads every page of a set (file names as keys; each file is
its own document).  It prints, for ../shared/data/boilerplate (labels in
../shared/data/meta/aeb_meta.tsv) and for ../shared/data/boilerplate-gn1
(gold.json's headline field):

  headline   HEADLINE equal to the labelled headline after white space
             (no-break spaces too) is collapsed and case folded; GN1
             marks a headline with the lines under it (a deck, a
             standfirst), so there HEADLINE must equal one of its lines;
  published  on the aeb pages whose date is in the text or the URL
             (published_in_text or url_date = yes): PUBLISHED's date
             equal to the labelled date;
  none       on the aeb pages with neither: PUBLISHED empty;
  byline     on every aeb page: BYLINE equal to the labelled byline
             (empty when the label is empty), white space and case aside;
  gn1-dated  on the GN1 pages (news of December 2007 and January 2008,
             no dates labelled) that get a PUBLISHED: the share of them
             whose year is 2007 to 2009, a check that the dates are
             plausible (a URL's id or a body's date read as one is not).

--min NAME=RATE (NAME: aeb-headline, gn1-headline, published, none,
byline, gn1-dated) makes it exit 1 when a rate is below RATE: the floors of
tests/extract-meta.bats.  --misses lists every page that missed.
"""
import argparse, csv, json, re, subprocess, sys, tempfile
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
SPACE = re.compile(r"\s+")


def norm(s):
    return SPACE.sub(" ", s.replace("\u00a0", " ")).strip().casefold()


def run(binary, pages, urls, tmp):
    """extract-meta over every page, each with its URL line first."""
    files = []
    for pid, path in pages.items():
        f = Path(tmp) / (pid + ".txt")
        f.write_bytes(("URL: %s\n" % urls.get(pid, "")).encode() +
                      path.read_bytes())
        files.append(str(f))
    out = subprocess.run([binary, "-H"] + files, capture_output=True,
                         check=True).stdout.decode("utf-8", "replace")
    rows = {}
    for line in out.split("\n"):
        if line:
            f = line.split("\t")
            rows[Path(f[0]).stem] = dict(zip(
                "url site section headline byline published updated".split(),
                f[1:]))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(TOP / "build/bin"))
    ap.add_argument("--shared", default=str(TOP.parent / "shared"))
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--min", action="append", default=[])
    a = ap.parse_args()
    data = Path(a.shared) / "data"
    binary = str(Path(a.bin) / "extract-meta")
    rates, misses = {}, []

    def rate(name, ok, n):
        rates[name] = (ok, n)

    with tempfile.TemporaryDirectory() as tmp:
        # aeb: the 91 pages of boilerplate, labelled in meta/aeb_meta.tsv
        gold = json.loads((data / "boilerplate/gold.json").read_text())
        with open(data / "meta/aeb_meta.tsv", newline="") as fh:
            labels = list(csv.DictReader(fh, delimiter="\t",
                                         quoting=csv.QUOTE_NONE))
        pages = {r["id"]: data / "boilerplate/pages" / (r["id"] + ".txt")
                 for r in labels}
        Path(tmp, "aeb").mkdir()
        rows = run(binary, pages, {k: v["url"] for k, v in gold.items()},
                   Path(tmp, "aeb"))
        hl = pub = pubn = none = nonen = by = 0
        for r in labels:
            got = rows.get(r["id"], {})
            if norm(got.get("headline", "")) == norm(r["headline"]):
                hl += 1
            else:
                misses.append(("aeb-headline", r["id"], got.get("headline"),
                               r["headline"]))
            if r["published_in_text"] == "yes" or r["url_date"] == "yes":
                pubn += 1
                if got.get("published", "")[:10] == r["published"]:
                    pub += 1
                else:
                    misses.append(("published", r["id"],
                                   got.get("published"), r["published"]))
            else:
                nonen += 1
                if got.get("published", "") == "":
                    none += 1
                else:
                    misses.append(("none", r["id"], got.get("published"),
                                   ""))
            if norm(got.get("byline", "")) == norm(r["byline"]):
                by += 1
            else:
                misses.append(("byline", r["id"], got.get("byline"),
                               r["byline"]))
        rate("aeb-headline", hl, len(labels))
        rate("published", pub, pubn)
        rate("none", none, nonen)
        rate("byline", by, len(labels))
        # gn1: 309 news pages of 2008 with a marked headline
        gold = json.loads((data / "boilerplate-gn1/gold.json").read_text())
        pages = {k: data / "boilerplate-gn1/pages" / (k + ".txt")
                 for k in gold}
        Path(tmp, "gn1").mkdir()
        rows = run(binary, pages, {k: v.get("url", "") for k, v in
                                   gold.items()}, Path(tmp, "gn1"))
        hl = n = 0
        for k, v in gold.items():
            if not v.get("headline"):
                continue
            n += 1
            got = rows.get(k, {}).get("headline", "")
            if norm(got) in [norm(x) for x in v["headline"].split("\n")]:
                hl += 1
            else:
                misses.append(("gn1-headline", k, got, v["headline"]))
        rate("gn1-headline", hl, n)
        dated = [(k, r["published"]) for k, r in rows.items()
                 if r.get("published")]
        for k, d in dated:
            if not "2007" <= d[:4] <= "2009":
                misses.append(("gn1-dated", k, d, "2007..2009"))
        rate("gn1-dated", sum("2007" <= d[:4] <= "2009" for k, d in dated),
             len(dated))

    if a.misses:
        for m in misses:
            print("MISS %s %s: got %r, want %r" % (m[0], m[1][:12],
                                                  m[2], m[3]))
    status = 0
    for name, (ok, n) in rates.items():
        r = ok / n if n else 0.0
        print("%-13s %.3f  (%d of %d)" % (name, r, ok, n))
    for spec in a.min:
        name, floor = spec.split("=")
        ok, n = rates[name]
        if n == 0 or ok / n < float(floor):
            print("%s below its floor %s" % (name, floor), file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
