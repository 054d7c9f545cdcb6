// Every operation's handler, keyed by operationId. `satisfies HandlerTable` makes the table exactly the
// spec's operations: a new operation, a renamed one or a changed request/response type in the spec is a
// compile error here until the fake implements it.
import { accountHandlers } from './account.js';
import { authenticationHandlers } from './authentication.js';
import { catalogHandlers } from './catalog.js';
import { changeHandlers } from './changes.js';
import { chartHandlers } from './charts.js';
import { configurationHandlers } from './configuration.js';
import type { HandlerTable } from './contract.js';
import { discoverHandlers } from './discover.js';
import { findHandlers } from './find.js';
import { guestSessionHandlers } from './guest-sessions.js';
import { listHandlers } from './lists.js';
import { movieHandlers } from './movies.js';
import { peopleHandlers } from './people.js';
import { reviewHandlers } from './reviews.js';
import { searchHandlers } from './search.js';
import { trendingHandlers } from './trending.js';
import { tvEpisodeHandlers } from './tv-episodes.js';
import { tvSeasonHandlers } from './tv-seasons.js';
import { tvSeriesHandlers } from './tv-series.js';
import { v4AccountHandlers } from './v4-account.js';
import { v4AuthHandlers } from './v4-auth.js';
import { v4ListHandlers } from './v4-lists.js';

export const handlers = {
  ...authenticationHandlers,
  ...accountHandlers,
  ...guestSessionHandlers,
  ...listHandlers,
  ...configurationHandlers,
  ...changeHandlers,
  ...catalogHandlers,
  ...reviewHandlers,
  ...findHandlers,
  ...searchHandlers,
  ...discoverHandlers,
  ...trendingHandlers,
  ...chartHandlers,
  ...movieHandlers,
  ...tvSeriesHandlers,
  ...tvSeasonHandlers,
  ...tvEpisodeHandlers,
  ...peopleHandlers,
  ...v4AuthHandlers,
  ...v4ListHandlers,
  ...v4AccountHandlers,
} satisfies HandlerTable;
