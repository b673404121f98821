# corpus.mk -- turn a folder of scraped articles into per-article TSV
# files and merged tables, incrementally: only the articles that changed
# (and the merged tables) are redone.
#
#	make -j8 -f pipelines/corpus.mk IN=articles OUT=out
#
# or, from a Makefile of your own:  include path/to/corpus.mk
#
# Input: one article a file, $(IN)/ID.$(EXT), raw text as a scraper or
# `w3m -dump` wrote it (names without spaces).  An ID that starts with a
# date (2019-09-05-hk-protests) gives tag-dates its reference date;
# otherwise REF_DATE does, if set.
#
# Output:
#	$(OUT)/sentences/ID.tsv	the article text, one sentence a line
#				(strip-boilerplate | dedupe-captions | split-sentences)
#	$(OUT)/money/ID.tsv	tag-money rows: LINE START END CURRENCY AMOUNT SURFACE
#	$(OUT)/dates/ID.tsv	tag-dates rows: LINE START END TYPE VALUE SURFACE
#	$(OUT)/sentences.tsv	ID SENT TEXT for every article (SENT = LINE above)
#	$(OUT)/money.tsv	ID LINE START END CURRENCY AMOUNT SURFACE
#	$(OUT)/dates.tsv	ID LINE START END TYPE VALUE SURFACE
# The merged tables are sorted by ID, then line: `join` or awk on the
# first two columns puts a mention next to its sentence.
#
# Settings (make VAR=value):
#	IN, OUT		input and output folders (articles, out)
#	EXT		article file extension (txt)
#	COPYDESK_BIN	folder of the copydesk programs (default: on PATH);
#			when set, outputs are redone when a program changes
#	REF_DATE	YYYY-MM-DD for articles whose ID has no date
#	CAPTIONS	keep (default: the first copy of each) or drop
#	DOLLAR		what a bare $ means (tag-money --dollar), default USD
#	RAW		-r (default): tabs in the articles are text, not keys;
#			set RAW= when the articles are keyed streams
#
# A failing stage makes the whole recipe fail (pipefail), and make then
# deletes the half-written target (.DELETE_ON_ERROR), so a rerun redoes it.

SHELL		:= /bin/bash
.SHELLFLAGS	:= -o pipefail -ec
.DELETE_ON_ERROR:
.SUFFIXES:

IN		?= articles
OUT		?= out
EXT		?= txt
COPYDESK_BIN	?=
REF_DATE	?=
CAPTIONS	?= keep
DOLLAR		?=
RAW		?= -r

corpus_prog	 = $(if $(COPYDESK_BIN),$(COPYDESK_BIN)/$(1),$(1))
corpus_dep	 = $(if $(COPYDESK_BIN),$(COPYDESK_BIN)/$(1))

CORPUS_IDS	:= $(sort $(patsubst $(IN)/%.$(EXT),%,$(wildcard $(IN)/*.$(EXT))))
CORPUS_SENT	:= $(CORPUS_IDS:%=$(OUT)/sentences/%.tsv)
CORPUS_MONEY	:= $(CORPUS_IDS:%=$(OUT)/money/%.tsv)
CORPUS_DATES	:= $(CORPUS_IDS:%=$(OUT)/dates/%.tsv)

corpus: $(OUT)/sentences.tsv $(OUT)/money.tsv $(OUT)/dates.tsv

$(OUT)/sentences/%.tsv: $(IN)/%.$(EXT) $(call corpus_dep,strip-boilerplate) \
		$(call corpus_dep,dedupe-captions) $(call corpus_dep,split-sentences)
	@mkdir -p $(@D)
	$(call corpus_prog,strip-boilerplate) $(RAW) -h -- $< | \
	    $(call corpus_prog,dedupe-captions) $(if $(filter drop,$(CAPTIONS)),--drop-all) | \
	    $(call corpus_prog,split-sentences) > $@

$(OUT)/money/%.tsv: $(OUT)/sentences/%.tsv $(call corpus_dep,tag-money)
	@mkdir -p $(@D)
	$(call corpus_prog,tag-money) -h $(if $(DOLLAR),--dollar=$(DOLLAR)) -- $< > $@

$(OUT)/dates/%.tsv: $(OUT)/sentences/%.tsv $(call corpus_dep,tag-dates)
	@mkdir -p $(@D)
	d=$$(expr "X$*" : 'X\([0-9]\{4\}-[0-1][0-9]-[0-3][0-9]\)' || true); \
	d=$${d:-$(REF_DATE)}; \
	$(call corpus_prog,tag-dates) -h $${d:+--ref-date=$$d} -- $< > $@

# The list of articles: rewritten only when an article comes or goes, so
# that the merged tables follow deletions too.
$(OUT)/articles.list: corpus-FORCE | $(OUT)
	$(file >$@.new,$(CORPUS_IDS))
	@if cmp -s $@.new $@; then rm -f $@.new; else mv -f $@.new $@; fi

# Merged tables: each row gets its article's ID as the first key (and
# sentences their line number, which the taggers' LINE refers to).  The
# file list goes through a file, not the command line, for big corpora.
CORPUS_ID	 = FNR == 1 { id = FILENAME; sub(/^.*\//, "", id); sub(/\.tsv$$/, "", id) }

$(OUT)/sentences.tsv: $(OUT)/articles.list $(CORPUS_SENT)
	$(file >$@.files,$(CORPUS_SENT))
	xargs -r awk -v OFS='\t' '$(CORPUS_ID) { print id, FNR, $$0 }' < $@.files > $@
	@rm -f $@.files

$(OUT)/money.tsv: $(OUT)/articles.list $(CORPUS_MONEY)
	$(file >$@.files,$(CORPUS_MONEY))
	xargs -r awk -v OFS='\t' '$(CORPUS_ID) { print id, $$0 }' < $@.files > $@
	@rm -f $@.files

$(OUT)/dates.tsv: $(OUT)/articles.list $(CORPUS_DATES)
	$(file >$@.files,$(CORPUS_DATES))
	xargs -r awk -v OFS='\t' '$(CORPUS_ID) { print id, $$0 }' < $@.files > $@
	@rm -f $@.files

corpus-clean:
	rm -rf -- $(OUT)/sentences $(OUT)/money $(OUT)/dates \
	    $(OUT)/sentences.tsv $(OUT)/money.tsv $(OUT)/dates.tsv $(OUT)/articles.list

$(OUT):
	mkdir -p $@

corpus-FORCE:

.PHONY: corpus corpus-clean corpus-FORCE
