# copydesk -- build, test and install.
#
#	make			build every filter into build/bin/
#	make check		build, then run every test (bats + C unit tests)
#	make test-scale		the scale-out tests: parallel -S over two sshd,
#				pipelines/corpus.sbatch on a one-node Slurm
#				(they start daemons: root; make check skips them)
#	make asan		the same tests under ASan + UBSan, in build-asan/
#	make demo		run the main pipeline on the bundled sample article
#	make install PREFIX=/usr/local DESTDIR=
#
# Filters are found by directory: filters/<name>/main.c is the program,
# the other filters/<name>/*.c are its engine, filters/<name>/*.txt its
# word lists (compiled in), filters/<name>/<name>.1 its man page.
# common/*.c and the word lists common/*.txt make build/libcommon.a.
# tests/unit/<name>.c is linked with the engine of filter <name> (or with
# common/ alone for tests/unit/common.c); tests/fuzz/<name>.c likewise.

PKG_CONFIG ?= pkg-config
PKGS	 = libpcre2-8 libutf8proc
BUILD	?= build
CC	?= cc
CFLAGS	?= -O2 -g
PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
MANDIR	?= $(PREFIX)/share/man
VERSION	 = 0.1.0

WARN	 = -Wall -Wextra -Wpedantic -Wno-overlength-strings -Wshadow \
	   -Wstrict-prototypes -Wmissing-prototypes
override CFLAGS   += -std=c11 $(WARN)
override CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
	   -DCOPYDESK_VERSION='"$(VERSION)"' -Icommon -MMD -MP \
	   $(shell $(PKG_CONFIG) --cflags $(PKGS))
LDLIBS	+= $(shell $(PKG_CONFIG) --libs $(PKGS)) -lm

FILTERS	:= $(sort $(notdir $(patsubst %/,%,$(dir $(wildcard filters/*/main.c)))))
COMMON_OBJ := $(patsubst %.c,$(BUILD)/obj/%.o,$(wildcard common/*.c)) \
	      $(patsubst %.txt,$(BUILD)/gen/%.o,$(wildcard common/*.txt))
LIBCOMMON := $(BUILD)/libcommon.a
BINS	:= $(FILTERS:%=$(BUILD)/bin/%)
UNITS	:= $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(wildcard tests/unit/*.c))

all: $(BINS)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# A word list becomes a C array of its bytes.
$(BUILD)/gen/%.c: filters/%.txt tools/txt2c.sh
	@mkdir -p $(@D)
	sh tools/txt2c.sh $(notdir $*) < $< > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/common/%.c: common/%.txt tools/txt2c.sh
	@mkdir -p $(@D)
	sh tools/txt2c.sh $* < $< > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(LIBCOMMON): $(COMMON_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

# engine objects of filter $(1)
engine = $(patsubst %.c,$(BUILD)/obj/%.o,$(filter-out filters/$(1)/main.c,$(wildcard filters/$(1)/*.c))) \
	 $(patsubst filters/%.txt,$(BUILD)/gen/%.o,$(wildcard filters/$(1)/*.txt))

# A filter that uses another's engine: USES_<filter> lists those filters.
# extract-meta takes the headline from strip-boilerplate's finder.
USES_extract-meta = strip-boilerplate
engines = $(call engine,$(1)) $(foreach u,$(USES_$(1)),$(call engine,$(u)))

define filter_rules
$(BUILD)/bin/$(1): $(BUILD)/obj/filters/$(1)/main.o $(call engines,$(1)) $(LIBCOMMON)
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $$(LDFLAGS) -o $$@ $$^ $$(LDLIBS)
$(BUILD)/unit/$(1): $(BUILD)/obj/tests/unit/$(1).o $(call engines,$(1)) $(LIBCOMMON)
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $$(LDFLAGS) -o $$@ $$^ $$(LDLIBS)
endef
$(foreach f,$(FILTERS),$(eval $(call filter_rules,$(f))))

$(BUILD)/unit/common: $(BUILD)/obj/tests/unit/common.o $(LIBCOMMON)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

units: $(UNITS)

# Every test: the bats files run the C unit tests too.
check: deps-test
	$(MAKE) all units
	COPYDESK_BUILD="$(CURDIR)/$(BUILD)" bats $(BATSFLAGS) tests

# The scale-out tests (docs/SCALING.md) start sshd and Slurm daemons of
# their own, on loopback, under a temporary folder, and stop them when
# done; without root or the packages they skip, saying why.
test-scale: deps-scale
	$(MAKE) all
	COPYDESK_BUILD="$(CURDIR)/$(BUILD)" COPYDESK_SCALE=1 \
	    bats $(BATSFLAGS) tests/scale-ssh.bats tests/scale-slurm.bats

# Install (as root) or name the missing Debian packages.
deps:
	@sh tools/deps.sh build
deps-test:
	@sh tools/deps.sh test
deps-scale:
	@sh tools/deps.sh scale

SAN	 = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
asan:
	$(MAKE) BUILD=build-asan CFLAGS="-O1 -g $(SAN)" LDFLAGS="$(SAN)" check

valgrind: deps-test
	$(MAKE) all units
	COPYDESK_BUILD="$(CURDIR)/$(BUILD)" COPYDESK_VALGRIND=1 bats $(BATSFLAGS) tests

# libFuzzer harnesses: tests/fuzz/<name>.c, linked like the unit tests.
# Edge coverage without comparison tracing (trace-cmp): on these engines
# it cost 3-4x the executions per second, and the words they compare
# against are hashed or in the seeds already.  -O2 for the same reason.
FUZZ_SECONDS ?= 60
FUZZ_CC	 ?= clang
FUZZ_SAN = -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
	   -fno-sanitize-coverage=trace-cmp
FUZZERS	:= $(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/*.c))
fuzz-build:
	$(MAKE) BUILD=build-fuzz CC=$(FUZZ_CC) CFLAGS="-O2 -g $(FUZZ_SAN)" \
	    LDFLAGS="-fsanitize=fuzzer,address,undefined" $(FUZZERS:%=build-fuzz/fuzz/%)
# Runs each harness in turn (tools/ci-fuzz.sh, as CI does with 20 s) and
# fails if any harness found something; logs in build-fuzz/logs, inputs that crashed
# in build-fuzz/crashes.
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_CC=$(FUZZ_CC) sh tools/ci-fuzz.sh

define fuzz_rules
$(BUILD)/fuzz/$(1): $(BUILD)/obj/tests/fuzz/$(1).o $(if $(filter common,$(1)),,$(call engines,$(1))) $(LIBCOMMON)
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $$(LDFLAGS) -o $$@ $$^ $$(LDLIBS)
endef
$(foreach f,$(FUZZERS),$(eval $(call fuzz_rules,$(f))))

# strip-boilerplate's headline model (linear), trained on the marked
# pages of ../shared from the features the engine computes (tools/sb-features), cross-validated by site, written
# to filters/strip-boilerplate/sb-model.h.  Training needs Debian's
# python3-sklearn (it brings numpy and scipy).
SHARED	?= ../shared
$(BUILD)/obj/tools/sb-features.o: override CPPFLAGS += -Ifilters/strip-boilerplate
$(BUILD)/tools/sb-features: $(BUILD)/obj/tools/sb-features.o $(call engine,strip-boilerplate) $(LIBCOMMON)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)
model: $(BUILD)/tools/sb-features
	/usr/bin/python3 tools/train-sb.py --features-bin $(BUILD)/tools/sb-features \
	    --shared $(SHARED) --out filters/strip-boilerplate/sb-model.h

demo: deps
	@$(MAKE) --no-print-directory all
	@COPYDESK_BIN="$(CURDIR)/$(BUILD)/bin" sh tools/demo.sh

bench: all
	sh tests/bench/bench.sh $(if $(N),-n $(N))

# mandoc's own checks, then the rendered text: two closing quotes in a
# row mean nested Dq (several Dq on one line), which man shows as
# (“a, “b, “c”””)
man-lint:
	mandoc -Tlint -Wwarning filters/*/*.1
	@st=0; for f in filters/*/*.1; do \
	    if mandoc -Tutf8 $$f | sed 's/.\x08//g' | grep -n '””'; then \
	        echo "$$f: nested quotes in the rendered page: one Dq a line, in .Po/.Pc" >&2; st=1; \
	    fi; \
	done; exit $$st

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	for f in $(FILTERS); do \
	    install -m 755 $(BUILD)/bin/$$f $(DESTDIR)$(BINDIR)/$$f; \
	    install -m 644 filters/$$f/$$f.1 $(DESTDIR)$(MANDIR)/man1/$$f.1; \
	done
	for p in pipelines/*; do \
	    case $$p in *.mk|*.md) continue;; esac; \
	    install -m 755 $$p $(DESTDIR)$(BINDIR)/; \
	done
	mkdir -p $(DESTDIR)$(PREFIX)/share/copydesk
	install -m 644 pipelines/corpus.mk $(DESTDIR)$(PREFIX)/share/copydesk/corpus.mk

uninstall:
	for f in $(FILTERS); do rm -f $(DESTDIR)$(BINDIR)/$$f $(DESTDIR)$(MANDIR)/man1/$$f.1; done
	for p in pipelines/*; do rm -f $(DESTDIR)$(BINDIR)/$${p##*/}; done
	rm -rf $(DESTDIR)$(PREFIX)/share/copydesk

clean:
	rm -rf build build-asan build-clang build-fuzz build-valgrind

.PHONY: all deps deps-test deps-scale units check test-scale asan valgrind fuzz fuzz-build demo model bench man-lint install uninstall clean
.SECONDARY:
# A recipe that fails leaves no half-made target behind.
.DELETE_ON_ERROR:

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
