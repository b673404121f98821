#!/bin/sh
# demo.sh -- run the main pipeline on the bundled sample article and show
# each stage's output (make demo).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${COPYDESK_BIN:-$top/build/bin}
in=$top/samples/article.txt
PATH=$bin:$PATH

echo "== extract-meta --header samples/article.txt (one row per article)"
extract-meta --header "$in"
echo
echo "== samples/article.txt | strip-boilerplate | dedupe-captions | split-sentences | tag-money --header"
strip-boilerplate "$in" | dedupe-captions | split-sentences | tag-money --header
echo
echo "== ... | split-sentences -n | tag-dates --ref-date 2026-11-14 --header"
strip-boilerplate "$in" | dedupe-captions | split-sentences -n |
    tag-dates --ref-date 2026-11-14 --header
echo
echo "== the cleaned article, one sentence a line (first 8)"
strip-boilerplate "$in" | dedupe-captions | split-sentences | head -n 8
