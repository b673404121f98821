#!/usr/bin/env python3
"""dates-errors.py -- bucket tag-dates' errors on a TimeML line file by kind.

    tools/dates-errors.py [-e N] [-b BUCKET] CMD ../shared/data/dates/tbaq/tbaq_timex.tsv

CMD and the file are what score.py takes (score.py is imported from the
data folder, ../shared/data/dates, or SCORE_PY: its run(), align() and
canon() are used, so the counts are the scorer's).  Every gold mention and
every system row lands in one bucket:

  ok                 aligned, same value
  value/...          aligned, different value:
     gold-form         the gold value does not fit its own type (DURATION
                       with a date, DATE with a P value) or is not a TIMEX3
                       value (1949-XX, 199X, P1E, P2L)
     gold-disagrees    the same phrase (lower case) has another gold value
                       of the system's form elsewhere in the file
     span              the spans differ and so does the form of the value
                       (the value follows from a different phrase)
     duration-date     DURATION vs DATE (or SET/TIME vs DATE)
     granularity       same type, value of another form (1998-W33 vs
                       1998-08, 2000-01-05TNI vs 2000-01-05)
     anchor            same form, other value (tense, anchor, year)
  miss/...           gold mention with no overlapping row:
     gold-untagged     the phrase occurs untagged more often than tagged
                       elsewhere in the file's text
     ref               PAST_REF/PRESENT_REF/FUTURE_REF words
     bare-unit         a unit word alone or after "the"/"that"/an ordinal
     other             the rest
  spur/...           system row with no overlapping gold:
     gold-tagged       the phrase is tagged in gold elsewhere as often as not
     ref, duration, date, set, time   the rest, by the row's type/value
Aligned pairs whose spans differ are also counted by span kind (longer,
shorter, shifted) and the words that differ.  Counts are printed per
bucket with their effect on value F1 (every pair, miss and spur costs
one); -e N lists N examples of each bucket, -b lists one bucket entirely.
"""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load_score(path):
    cands = [os.environ.get('SCORE_PY', ''),
             os.path.join(os.path.dirname(os.path.abspath(path)), '..', 'score.py'),
             os.path.join(os.path.dirname(os.path.abspath(path)), 'score.py'),
             os.path.join(HERE, '..', '..', 'shared', 'data', 'dates', 'score.py')]
    for c in cands:
        if c and os.path.isfile(c):
            import importlib.util
            spec = importlib.util.spec_from_file_location('score', c)
            m = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(m)
            return m
    sys.exit('dates-errors.py: cannot find score.py (set SCORE_PY)')


VALID = re.compile(r'''^(
    \d{4}(-\d\d(-\d\d(T.*)?)?)?(-(W\d\d(-\d)?(-WE)?|Q[1-4X]|H[12X]|SP|SU|FA|WI|XX(-XX)?))?
  | \d{4}-\d\d-XX | \d{4}-WXX | \d{4}-XX-XX | \d{4}-QX
  | \d{2,3}
  | XXXX(-.*)?
  | T.*
  | P(\d+(\.\d+)?|X)[YMWDQHLEC] | PT(\d+|X)[HMS].* | P\d+D?T.* | P(\d+[YMWD])+(T.*)?
  | (PAST|PRESENT|FUTURE)_REF
)$''', re.X)
BADFORM = re.compile(r'^(\d{4}-XX|\d{3}X|\d\dXX|P\d+[LEC]|PXE|\d{4}-XX-XX|\d{4}-QX|\d{4}-WXX)$')
UNITS = r'(second|minute|hour|day|night|week|weekend|month|quarter|year|decade|century|season)s?'
BARE = re.compile(r'^((the|that|this|a|an|first|second|third|fourth|\w+th|same)\s+)*' + UNITS + r'[.,]?$', re.I)
REFWORDS = re.compile(r'^(now|current|currently|recent|recently|previously|earlier|once|then|already|'
                      r'yet|soon|future|the future|these days|the past|formerly|lately|nowadays|'
                      r'present|today|at the time|the time|that time|past years|.*\bsoon\b.*|.*future.*)[.,]?$', re.I)


def shape(v):
    v = v.upper()
    if v.startswith('P'):
        return re.sub(r'\d+(\.\d+)?', '9', v)
    return re.sub(r'\d', '9', v)


def kind_of(v):
    v = v.upper()
    if v.endswith('_REF'):
        return 'ref'
    if v.startswith('P'):
        return 'duration'
    return 'date'


def norm(s):
    return re.sub(r'[\s.,]+$', '', s.lower())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('cmd')
    ap.add_argument('file')
    ap.add_argument('-e', type=int, default=0, help='examples per bucket')
    ap.add_argument('-b', help='list this bucket entirely')
    ap.add_argument('--timeout', type=float, default=600)
    a = ap.parse_args()
    sc = load_score(a.file)

    rows = []
    with open(a.file, encoding='utf-8') as f:
        for ln in f:
            ln = ln.rstrip('\n')
            if ln:
                rows.append(ln.split('\t'))
    gold, text_of, groups = {}, {}, collections.OrderedDict()
    for doc, lno, dct, text, g in rows:
        key = (doc, lno)
        items = []
        for it in g.split(';') if g else []:
            s, e, t, v = it.split(':', 3)
            items.append((int(s), int(e), t, v, text[int(s):int(e)]))
        gold[key] = items
        text_of[key] = text
        groups.setdefault(dct, []).append(key)

    # What gold says of each phrase, and how often the phrase occurs at all.
    gvals = collections.defaultdict(list)
    for key, items in gold.items():
        for g in items:
            gvals[norm(g[4])].append(sc.canon(g[3]))
    alltext = '\n'.join(text_of.values()).lower()
    occ_cache = {}

    def occurrences(p):
        if p not in occ_cache:
            occ_cache[p] = len(re.findall(r'(?<![\w-])' + re.escape(p) + r'(?![\w-])', alltext))
        return occ_cache[p]

    got = {}
    bad, sm = collections.Counter(), []
    for dct in sorted(groups):
        keys = groups[dct]
        records = {k: (i + 1, text_of[k]) for i, k in enumerate(keys)}
        data = ''.join('%s\t%s\t%s\n' % (k[0], k[1], text_of[k]) for k in keys)
        out = sc.run(a.cmd, dct, data, a.timeout)
        for k, v in sc.parse_rows(out, 2, records, bad, sm).items():
            got.setdefault(k, []).extend(v)

    buckets = collections.defaultdict(list)
    spans = collections.Counter()
    spanwords = collections.Counter()
    ngold = nsys = 0
    for key in gold:
        gs, ss = gold[key], got.get(key, [])
        ngold += len(gs)
        nsys += len(ss)
        pairs, ug, us = sc.align(gs, ss)
        where = '%s:%s' % key
        for i, j in pairs:
            g, s = gs[i], ss[j]
            gv, sv = sc.canon(g[3]), sc.canon(s[3])
            if (g[0], g[1]) != (s[0], s[1]):
                if s[0] <= g[0] and s[1] >= g[1]:
                    sk = 'longer'
                elif g[0] <= s[0] and g[1] >= s[1]:
                    sk = 'shorter'
                else:
                    sk = 'shifted'
                spans[sk] += 1
                lo, hi = min(g[0], s[0]), max(g[1], s[1])
                t = text_of[key]
                extra = (t[lo:max(g[0], s[0])] + ' | ' + t[min(g[1], s[1]):hi]).strip(' |').lower()
                spanwords['%s: %s' % (sk, re.sub(r'\s+', ' ', extra))] += 1
            if gv == sv:
                buckets['ok'].append(None)
                continue
            ex = '%s  %r gold %s:%s  system %r %s:%s' % (where, g[4], g[2], g[3], s[4], s[2], s[3])
            gk = kind_of(gv)
            if (not VALID.match(gv) or BADFORM.match(gv) or
                    (g[2] == 'DURATION' and gk != 'duration') or
                    (g[2] in ('DATE', 'TIME') and gk == 'duration')):
                b = 'value/gold-form'
            elif shape(sv) != shape(gv) and any(shape(x) == shape(sv) for x in gvals[norm(g[4])]):
                b = 'value/gold-disagrees'
            elif (g[0], g[1]) != (s[0], s[1]) and shape(sv) != shape(gv) and norm(g[4]) != norm(s[4]):
                b = 'value/span'
            elif kind_of(sv) != gk or (g[2] != s[2] and 'TIME' not in (g[2], s[2])):
                b = 'value/duration-date'
            elif shape(sv) != shape(gv):
                b = 'value/granularity'
            else:
                b = 'value/anchor'
            buckets[b].append(ex)
        for i, g in enumerate(gs):
            if i in ug:
                continue
            ex = '%s  %r %s:%s' % (where, g[4], g[2], g[3])
            p = norm(g[4])
            n = occurrences(p) if p else 0
            if n > 2 * len(gvals[p]):
                b = 'miss/gold-untagged'
                ex += '  (tagged %d of %d)' % (len(gvals[p]), n)
            elif sc.canon(g[3]).endswith('_REF') or REFWORDS.match(g[4]):
                b = 'miss/ref'
            elif BARE.match(g[4]):
                b = 'miss/bare-unit'
            else:
                b = 'miss/other'
            buckets[b].append(ex)
        for j, s in enumerate(ss):
            if j in us:
                continue
            ex = '%s  %r %s:%s' % (where, s[4], s[2], s[3])
            p = norm(s[4])
            n = occurrences(p)
            if gvals[p] and 2 * len(gvals[p]) >= n:
                b = 'spur/gold-tagged'
                ex += '  (tagged %d of %d)' % (len(gvals[p]), n)
            elif sc.canon(s[3]).endswith('_REF'):
                b = 'spur/ref'
            else:
                b = 'spur/' + s[2].lower()
            buckets[b].append(ex)

    ok = len(buckets['ok'])
    p = ok / nsys if nsys else 0
    r = ok / ngold if ngold else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    print('gold=%d system=%d value-correct=%d value F1=%.4f' % (ngold, nsys, ok, f1))
    print('%-22s %5s  %s' % ('bucket', 'count', 'value F1 if all fixed'))
    for b in sorted((b for b in buckets if b != 'ok'), key=lambda b: -len(buckets[b])):
        n = len(buckets[b])
        if b.startswith('value/'):
            ok2, ns, ng = ok + n, nsys, ngold
        elif b.startswith('miss/'):
            ok2, ns, ng = ok + n, nsys + n, ngold
        else:
            ok2, ns, ng = ok, nsys - n, ngold
        p2, r2 = ok2 / ns, ok2 / ng
        print('%-22s %5d  %.4f (%+.4f)' % (b, n, 2 * p2 * r2 / (p2 + r2), 2 * p2 * r2 / (p2 + r2) - f1))
        for ex in buckets[b][:a.e] if b != a.b else []:
            print('    ' + ex)
    print('span differences of aligned pairs: ' + ', '.join('%s %d' % kv for kv in spans.most_common()))
    for w, n in spanwords.most_common(a.e and 25 or 12):
        print('    %4d  %s' % (n, w))
    if a.b:
        print('-- %s --' % a.b)
        for ex in buckets.get(a.b, []):
            print(ex)


if __name__ == '__main__':
    main()
