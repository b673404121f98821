/*
 * calendar -- Gregorian calendar arithmetic (see calendar.h).  The day
 * number conversions are Howard Hinnant's days_from_civil() and
 * civil_from_days(), exact for any int year.
 */
#include "calendar.h"

long
cal_days_from_civil(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
cal_civil_from_days(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int
cal_weekday(long z)
{
	long r = (z + 3) % 7;	/* 1970-01-01 was a Thursday */

	if (r < 0)
		r += 7;
	return (int)r + 1;
}

int
cal_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
cal_days_in_month(int y, int m)
{
	static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m == 2 && cal_is_leap(y))
		return 29;
	return dm[m - 1];
}

/* The week's Thursday decides its year; week 1 holds the first one. */
void
cal_iso_week(long z, int *wy, int *wn)
{
	long th = z - cal_weekday(z) + 4;
	int y, m, d;

	cal_civil_from_days(th, &y, &m, &d);
	*wy = y;
	*wn = (int)((th - cal_days_from_civil(y, 1, 1)) / 7 + 1);
}

/* The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
long
cal_easter(int y)
{
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3;
	int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int mon = (h + l - 7 * m + 114) / 31;
	int day = (h + l - 7 * m + 114) % 31 + 1;

	return cal_days_from_civil(y, mon, day);
}
