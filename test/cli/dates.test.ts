import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../analyzer/core/calendar-date.js';
import { calendarDay, isoDate } from '../../analyzer/cli/run-flags.js';
import { UsageError } from '../../analyzer/cli/usage-error.js';

const refused = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('the date options (--since, --now, config since and now, audit --date)', () => {
  it('take every form they took, as the same instant', () => {
    for (const value of ['2025-01-31', '2024-02-29', '2025-01-31T10:00', '2025-01-31T10:00:00Z', '2025-01-31T10:00:00.5Z', '2025-01-31 10:00', '2025-03-01T00:30+02:00', '2025-01-31T23:00-0500'])
      expect(isoDate('--since', value)).toBe(new Date(Date.parse(value)).toISOString());
    expect(calendarDay('--date', '2024-02-29')).toBe('2024-02-29');
  });

  it('refuse a day the calendar lacks, which Date.parse would roll over into the next month', () => {
    expect(new Date(Date.parse('2026-02-30')).toISOString().slice(0, 10)).toBe('2026-03-02'); // why the check exists
    expect(refused(() => isoDate('--since', '2026-02-30'))).toBe("--since takes an ISO date such as 2025-01-31, got '2026-02-30' (February 2026 has days 01 to 28)");
    expect(refused(() => isoDate('--since', '2026-02-30T10:00Z'))).toBe("--since takes an ISO date such as 2025-01-31, got '2026-02-30T10:00Z' (February 2026 has days 01 to 28)");
    expect(refused(() => isoDate('--now', '2026-13-01'))).toBe("--now takes an ISO date such as 2025-01-31, got '2026-13-01' (there is no month 13)");
    expect(refused(() => isoDate('--now', '2025-04-31'))).toMatch(/\(April 2025 has days 01 to 30\)$/);
    expect(refused(() => isoDate('--now', '2100-02-29'))).toMatch(/\(February 2100 has days 01 to 28\)$/);
    expect(refused(() => isoDate('--now', '2025-01-00'))).toMatch(/\(January 2025 has days 01 to 31\)$/);
    expect(refused(() => calendarDay('--date', '2025-02-29'))).toBe("--date takes a date such as 2025-01-31, got '2025-02-29' (February 2025 has days 01 to 28)");
  });

  it('say nothing of the calendar for a value that is no date at all, and show control characters escaped', () => {
    expect(refused(() => isoDate('--since', 'yesterday'))).toBe("--since takes an ISO date such as 2025-01-31, got 'yesterday'");
    expect(refused(() => isoDate('--since', '2025-01-31\u001b[2J'))).toBe("--since takes an ISO date such as 2025-01-31, got '2025-01-31\\u001b[2J'");
    expect(refused(() => calendarDay('--date', '2025-01-31T10:00'))).toBe("--date takes a date such as 2025-01-31, got '2025-01-31T10:00'");
  });

  it('share one calendar check with the ratings file', () => {
    expect(['2024-02-29', '2000-02-29', '0001-01-01'].every(isCalendarDate)).toBe(true);
    expect(['1900-02-29', '2025-02-29', '2025-13-01', '2025-1-01', '2025-01-01T00:00'].some(isCalendarDate)).toBe(false);
  });
});
