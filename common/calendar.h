/*
 * calendar -- proleptic Gregorian calendar arithmetic, as pure functions
 * over day numbers (days since 1970-01-01, negative before it).  Shared
 * by tag-dates and the programs that read datelines.  No tables, no
 * state, no time zone: a date is (year, month 1..12, day 1..31).
 */
#ifndef COPYDESK_CALENDAR_H
#define COPYDESK_CALENDAR_H

/* The day number of y-m-d (m 1..12; d may run past the month's end). */
long	 cal_days_from_civil(int y, int m, int d);

/* The date of day number z. */
void	 cal_civil_from_days(long z, int *y, int *m, int *d);

/* The ISO weekday of day number z: 1 = Monday ... 7 = Sunday. */
int	 cal_weekday(long z);

/* 1 when y is a leap year. */
int	 cal_is_leap(int y);

/* The days in month m (1..12) of year y: 28..31. */
int	 cal_days_in_month(int y, int m);

/* The ISO 8601 week of day number z: its year in *wy, week 1..53 in *wn. */
void	 cal_iso_week(long z, int *wy, int *wn);

/* Easter Sunday of year y (Gregorian computus): a day number. */
long	 cal_easter(int y);

#endif
