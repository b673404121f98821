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
# otherwise REF_DATE does, if set; otherwise the article's own
# publication date, as extract-meta reads it from the page (PUBLISHED).
#
# Output:
#	$(OUT)/sentences/ID.tsv	the article text, one sentence a line
#				(strip-boilerplate | dedupe-captions | split-sentences)
#	$(OUT)/money/ID.tsv	tag-money rows: LINE START END CURRENCY AMOUNT SURFACE
#	$(OUT)/dates/ID.tsv	tag-dates rows: LINE START END TYPE VALUE SURFACE
#	$(OUT)/meta/ID.tsv	extract-meta's row: URL SITE SECTION HEADLINE
#				BYLINE PUBLISHED UPDATED (all empty for an
#				article with no text)
#	$(OUT)/sentences.tsv	ID SENT TEXT for every article (SENT = LINE above)
#	$(OUT)/money.tsv	ID LINE START END CURRENCY AMOUNT SURFACE
#	$(OUT)/dates.tsv	ID LINE START END TYPE VALUE SURFACE
#	$(OUT)/articles.tsv	ID URL SITE SECTION HEADLINE BYLINE PUBLISHED UPDATED
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
#	SYNC		yes: fsync every output (see below); default no
#
# A build can be killed at any moment; running it again finishes it
# exactly.  Every output (per-article files, merged tables, the article
# list) is written to a temporary file beside it, .NAME.tmp, and renamed
# onto NAME only when every stage of its pipeline succeeded (pipefail).
# A rename within a folder is atomic, so at any moment an output is
# absent, a complete old version (older than what it is made from, so
# redone), or the complete new one: never cut off with a fresh time
# stamp.  A failing stage or a full disk (the write error makes the
# stage fail) leaves the old output as it was and removes the temporary.
# After a SIGKILL (OOM killer, time limit, preempted machine) or an
# interrupt (^C) a stale .NAME.tmp may stay: nothing reads it (every
# temporary name is hidden, so no glob of the outputs matches it), the
# next build of NAME overwrites it and corpus-clean removes it.  A new output is one more
# rule whose recipe is $(call corpus_write,COMMAND) (COMMAND writes the
# output on its standard output) or, for a merged table,
# $(call corpus_merge,FILES,AWK-PRINT).
#
# Run one build per OUT at a time (temporary names are per target, not
# per run); `flock OUT.lock make ...` serialises builds that might
# overlap.  Against process death (SIGKILL) the rename is enough, no
# fsync is needed: the kernel keeps the data.  Against power loss or a
# kernel crash it is not: set SYNC=yes to fsync each output before it is
# renamed and its folder after (two fsyncs per output, off by default).
#
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
SYNC		?=

corpus_prog	 = $(if $(COPYDESK_BIN),$(COPYDESK_BIN)/$(1),$(1))
corpus_dep	 = $(if $(COPYDESK_BIN),$(COPYDESK_BIN)/$(1))

CORPUS_IDS	:= $(sort $(patsubst $(IN)/%.$(EXT),%,$(wildcard $(IN)/*.$(EXT))))
CORPUS_SENT	:= $(CORPUS_IDS:%=$(OUT)/sentences/%.tsv)
CORPUS_MONEY	:= $(CORPUS_IDS:%=$(OUT)/money/%.tsv)
CORPUS_DATES	:= $(CORPUS_IDS:%=$(OUT)/dates/%.tsv)
CORPUS_META	:= $(CORPUS_IDS:%=$(OUT)/meta/%.tsv)
CORPUS_DIRS	:= $(OUT) $(OUT)/sentences $(OUT)/money $(OUT)/dates $(OUT)/meta

# $(call corpus_write,COMMAND): COMMAND's standard output becomes $@,
# whole or not at all (see the header).  COMMAND must not hold a comma
# outside parentheses: put such text in a variable.
corpus_tmp	 = $(@D)/.$(@F).tmp
corpus_sync	 = $(if $(filter yes,$(SYNC)),sync -- $(1) &&)
corpus_write	 = { $(1); } > $(corpus_tmp) && $(call corpus_sync,$(corpus_tmp)) \
		   mv -f -- $(corpus_tmp) $@ $(if $(filter yes,$(SYNC)),&& sync -- $(@D)) \
		   || { rm -f -- $(corpus_tmp); exit 1; }

corpus: $(OUT)/sentences.tsv $(OUT)/money.tsv $(OUT)/dates.tsv $(OUT)/articles.tsv

$(OUT)/sentences/%.tsv: $(IN)/%.$(EXT) $(call corpus_dep,strip-boilerplate) \
		$(call corpus_dep,dedupe-captions) $(call corpus_dep,split-sentences) \
		| $(OUT)/sentences
	$(call corpus_write,$(call corpus_prog,strip-boilerplate) $(RAW) -h -- $< | \
	    $(call corpus_prog,dedupe-captions) $(if $(filter drop,$(CAPTIONS)),--drop-all) | \
	    $(call corpus_prog,split-sentences))

$(OUT)/money/%.tsv: $(OUT)/sentences/%.tsv $(call corpus_dep,tag-money) | $(OUT)/money
	$(call corpus_write,$(call corpus_prog,tag-money) -h $(if $(DOLLAR),--dollar=$(DOLLAR)) -- $<)

# The reference date: the ID's, else REF_DATE, else the date part of the
# article's PUBLISHED (one article a file, so one date: --ref-date gives
# what --ref-key would, with no key column to add and cut again).
$(OUT)/dates/%.tsv: $(OUT)/sentences/%.tsv $(OUT)/meta/%.tsv $(call corpus_dep,tag-dates) | $(OUT)/dates
	d=$(REF_DATE); \
	if [[ "$*" =~ ^([0-9]{4}-[01][0-9]-[0-3][0-9]) ]]; then d=$${BASH_REMATCH[1]}; \
	elif [ -z "$$d" ]; then \
	    p=$$(cut -f6 -- $(OUT)/meta/$*.tsv | head -n 1); \
	    if [[ "$$p" =~ ^([0-9]{4}-[01][0-9]-[0-3][0-9]) ]]; then d=$${BASH_REMATCH[1]}; fi; \
	fi; \
	$(call corpus_write,$(call corpus_prog,tag-dates) -h $${d:+--ref-date=$$d} -- $<)

# One row an article, even for one with no text (then all seven fields
# are empty), so that articles.tsv lists every article.
CORPUS_META_ROW	 = 1; END { if (NR == 0) print "", "", "", "", "", "", "" }
$(OUT)/meta/%.tsv: $(IN)/%.$(EXT) $(call corpus_dep,extract-meta) | $(OUT)/meta
	$(call corpus_write,$(call corpus_prog,extract-meta) $(RAW) -h -- $< | \
	    awk -v OFS='\t' '$(CORPUS_META_ROW)')

# The list of articles: rewritten only when an article comes or goes, so
# that the merged tables follow deletions too.
$(OUT)/articles.list: corpus-FORCE | $(OUT)
	$(file >$(corpus_tmp),$(CORPUS_IDS))
	@if cmp -s $(corpus_tmp) $@; then rm -f -- $(corpus_tmp); \
	else $(call corpus_sync,$(corpus_tmp)) mv -f -- $(corpus_tmp) $@; fi

# Merged tables: each row gets its article's ID as the first key (and
# sentences their line number, which the taggers' LINE refers to).  The
# file list goes through a file, not the command line, for big corpora
# (removed as soon as it is open).
# $(call corpus_merge,FILES,AWK-PRINT): $@ is every row of FILES, in
# order, as AWK-PRINT (the name of a variable) prints it.
CORPUS_ID	 = FNR == 1 { id = FILENAME; sub(/^.*\//, "", id); sub(/\.tsv$$/, "", id) }
CORPUS_ROW	 = print id, $$0
CORPUS_SENT_ROW	 = print id, FNR, $$0
corpus_list	 = $(@D)/.$(@F).files
corpus_merge	 = $(file >$(corpus_list),$(1)) \
		   $(call corpus_write,{ rm -f -- $(corpus_list); \
		   xargs -r awk -v OFS='\t' '$(CORPUS_ID) { $($(2)) }'; } < $(corpus_list))

$(OUT)/sentences.tsv: $(OUT)/articles.list $(CORPUS_SENT)
	$(call corpus_merge,$(CORPUS_SENT),CORPUS_SENT_ROW)

$(OUT)/money.tsv: $(OUT)/articles.list $(CORPUS_MONEY)
	$(call corpus_merge,$(CORPUS_MONEY),CORPUS_ROW)

$(OUT)/dates.tsv: $(OUT)/articles.list $(CORPUS_DATES)
	$(call corpus_merge,$(CORPUS_DATES),CORPUS_ROW)

$(OUT)/articles.tsv: $(OUT)/articles.list $(CORPUS_META)
	$(call corpus_merge,$(CORPUS_META),CORPUS_ROW)

corpus-clean:
	rm -rf -- $(OUT)/sentences $(OUT)/money $(OUT)/dates $(OUT)/meta \
	    $(OUT)/sentences.tsv $(OUT)/money.tsv $(OUT)/dates.tsv \
	    $(OUT)/articles.tsv $(OUT)/articles.list \
	    $(OUT)/.*.tmp $(OUT)/.*.files

$(CORPUS_DIRS):
	mkdir -p $@

corpus-FORCE:

.PHONY: corpus corpus-clean corpus-FORCE
