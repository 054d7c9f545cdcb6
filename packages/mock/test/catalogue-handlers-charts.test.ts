// The curated charts: which titles each holds, in which order, and where the release windows end. Windows
// are measured from the fake's clock, so some tests start a server whose clock sits on a release date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index.js';
import { call, field, idsIn } from './support/http.js';

const servers: MockServer[] = [];
let server: MockServer;

/** A server whose clock reads noon UTC on `day`. */
async function serverOn(day: string): Promise<MockServer> {
  const started = await startMockServer({ now: () => Date.parse(`${day}T12:00:00Z`) });
  servers.push(started);
  return started;
}

beforeAll(async () => {
  server = await serverOn('2026-11-28');
});
afterAll(async () => {
  await Promise.all(servers.map((started) => started.close()));
});

const get = (path: string, query?: Record<string, string | number>, on: MockServer = server) =>
  call(on.url, path, { query });

async function allIds(path: string, on: MockServer = server): Promise<unknown[]> {
  const first = await get(path, {}, on);
  const second = await get(path, { page: 2 }, on);
  return [...idsIn(first.body), ...idsIn(second.body)];
}

describe('movie charts', () => {
  it('ranks every non-adult movie by popularity', async () => {
    expect(await allIds('/3/movie/popular')).toEqual([
      1021, 1019, 1027, 1003, 1002, 1006, 1008, 1001, 1007, 1030, 1023, 1009, 1032, 1004, 1020, 1014, 1016,
      1010, 1013, 1005, 1011, 1031, 1015, 1012, 1018, 1029, 1017, 1025, 1022, 1026, 1028, 1024,
    ]);
    expect(field((await get('/3/movie/popular')).body, 'total_results')).toBe(32);
  });

  it('ranks top-rated movies by rating, more votes first on a tie, leaving out titles under 100 votes', async () => {
    // 1006 and 1024 share 7.9 (5120 and 210 votes), 1019 and 1012 share 7.7; 1003 and 1030 have no votes
    // yet and the adult 1033 has 40.
    expect(await allIds('/3/movie/top_rated')).toEqual([
      1006, 1024, 1004, 1032, 1019, 1012, 1008, 1025, 1018, 1001, 1028, 1007, 1022, 1014, 1027, 1002, 1017,
      1016, 1009, 1020, 1021, 1013, 1031, 1005, 1023, 1015, 1026, 1010, 1029, 1011,
    ]);
  });

  it('plays movies released in the last 45 days, both ends included, most popular first', async () => {
    const today = await get('/3/movie/now_playing');
    expect(idsIn(today.body)).toEqual([1021, 1027, 1032]);
    expect(field(today.body, 'dates')).toEqual({ maximum: '2026-11-28', minimum: '2026-10-14' });
    // Meridian Drift (1021) came out on 2026-10-16: exactly 45 days before 2026-11-30 it still plays.
    const lastDay = await get('/3/movie/now_playing', {}, await serverOn('2026-11-30'));
    expect(idsIn(lastDay.body)).toEqual([1021, 1027, 1032]);
    expect(field(lastDay.body, 'dates')).toEqual({ maximum: '2026-11-30', minimum: '2026-10-16' });
    // Second Sunrise (1027) opens on 2026-11-06 and plays that day; 1019 (2026-09-18) is too old by then.
    const openingDay = await get('/3/movie/now_playing', {}, await serverOn('2026-11-06'));
    expect(idsIn(openingDay.body)).toEqual([1021, 1027, 1032]);
    const before = await get('/3/movie/now_playing', {}, await serverOn('2026-11-05'));
    expect(idsIn(before.body)).toEqual([1021, 1032]);
  });

  it('lists movies releasing after today and within a year, soonest first', async () => {
    const today = await get('/3/movie/upcoming');
    expect(idsIn(today.body)).toEqual([1003, 1030]);
    expect(field(today.body, 'dates')).toEqual({ maximum: '2027-11-28', minimum: '2026-11-29' });
    // On 1032's release day it is no longer upcoming.
    expect(idsIn((await get('/3/movie/upcoming', {}, await serverOn('2026-10-30'))).body)).toEqual([
      1027, 1003, 1030,
    ]);
    // 1003 releases on 2027-03-19, exactly a year after 2026-03-19: still upcoming, and last.
    const yearAhead = await get('/3/movie/upcoming', {}, await serverOn('2026-03-19'));
    expect(idsIn(yearAhead.body)).toEqual([1019, 1021, 1032, 1027, 1003]);
    expect(field(yearAhead.body, 'dates')).toEqual({ maximum: '2027-03-19', minimum: '2026-03-20' });
  });

  it('calls the movie with the highest id the latest, adult or not', async () => {
    expect(field((await get('/3/movie/latest')).body, 'id')).toBe(1033);
  });
});

describe('series charts', () => {
  it('ranks every series by popularity', async () => {
    expect(idsIn((await get('/3/tv/popular')).body)).toEqual([
      2004, 2002, 2001, 2006, 2008, 2005, 2007, 2003,
    ]);
  });

  it('ranks top-rated series by rating, leaving out the one with no votes yet', async () => {
    const { body } = await get('/3/tv/top_rated');
    expect(idsIn(body)).toEqual([2003, 2001, 2006, 2004, 2002, 2005, 2007]);
    expect(field(body, 'total_results')).toBe(7);
  });

  it('lists the series with an episode airing today and this week, most popular first', async () => {
    expect(idsIn((await get('/3/tv/airing_today')).body)).toEqual([2004, 2002, 2007]);
    expect(idsIn((await get('/3/tv/on_the_air')).body)).toEqual([2004, 2002, 2007]);
  });

  it('does not count a special (season 0) airing today as the series airing', async () => {
    // The Lanternkeepers' (2001) Christmas special aired on 2019-12-24; its regular seasons had ended.
    const christmas = await serverOn('2019-12-24');
    expect(idsIn((await get('/3/tv/airing_today', {}, christmas)).body)).toEqual([2004, 2002, 2007]);
    expect(idsIn((await get('/3/tv/on_the_air', {}, christmas)).body)).toEqual([2004, 2002, 2007]);
  });

  it("answers airing today for the fake's UTC day when no time zone is asked for, whatever the host's zone", async () => {
    // 23:30 UTC on 2026-11-28 is already 11-29 in Kiritimati (UTC+14), a day on which nothing airs.
    const lateEvening = await startMockServer({ now: () => Date.parse('2026-11-28T23:30:00Z') });
    servers.push(lateEvening);
    const hostZone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(idsIn((await get('/3/tv/airing_today', {}, lateEvening)).body)).toEqual([2004, 2002, 2007]);
      const asked = await get('/3/tv/airing_today', { timezone: 'Pacific/Kiritimati' }, lateEvening);
      expect(idsIn(asked.body)).toEqual([]);
    } finally {
      if (hostZone === undefined) delete process.env.TZ;
      else process.env.TZ = hostZone;
    }
  });

  it('rejects a time zone that does not exist on both airing charts', async () => {
    const rejection = {
      status: 400,
      body: {
        success: false,
        status_code: 28,
        status_message: 'Invalid timezone: use an IANA zone name such as Europe/Berlin.',
      },
    };
    expect(await get('/3/tv/airing_today', { timezone: 'Mars/Olympus' })).toMatchObject(rejection);
    expect(await get('/3/tv/on_the_air', { timezone: 'Mars/Olympus' })).toMatchObject(rejection);
  });

  it('calls the series and the person with the highest ids the latest', async () => {
    const series = (await get('/3/tv/latest')).body;
    expect([field(series, 'id'), field(series, 'name')]).toEqual([2008, 'Winter Circuit']);
    const person = (await get('/3/person/latest')).body;
    expect([field(person, 'id'), field(person, 'name')]).toEqual([3043, 'Idris Vantongeren']);
  });
});
