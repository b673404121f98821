/*
 * calwords -- the month, weekday and time-zone words of dates and
 * datelines ("Thu 3 Oct 2024 17.05 BST"), from the word lists
 * common/months.txt, common/weekdays.txt and common/zones.txt: the same
 * lists tag-dates builds its lexicon from, so every program reads one.
 * Words compare ASCII case-insensitively and must fill s[0..n).
 */
#ifndef COPYDESK_CALWORDS_H
#define COPYDESK_CALWORDS_H

#include <stddef.h>

/*
 * The month a word names: 1..12, or 0.  Full names and abbreviations,
 * an abbreviation with or without its period ("Sep", "Sept.", "oct").
 * Words that are also common English ("May", "March") are months here
 * too: the caller knows whether it is reading a date.
 */
int	 month_from_word(const char *s, size_t n);

/*
 * The ISO weekday a word names: 1 (Monday) .. 7 (Sunday), or 0.  Full
 * names and abbreviations with or without a period ("Thu", "Thurs.");
 * plurals ("Mondays") name a set of days, not a day, and give 0.
 */
int	 weekday_from_word(const char *s, size_t n);

/*
 * A time-zone abbreviation ("BST", "EST", "utc"): 1 and its offset east
 * of UTC in minutes in *minutes (BST 60, EST -300, IST 330); -1 for a
 * zone that does not say whether summer time is on ("ET", "PT", "CT");
 * 0 for a word that is no zone.
 */
int	 zone_from_word(const char *s, size_t n, int *minutes);

#endif
