// The loopback server the overhead benchmark talks to: answers every request with the same small
// movie-details body, as fast as node:http can. Reports its port to the parent process.
import { createServer } from 'node:http';

const body = JSON.stringify({
  adult: false,
  backdrop_path: '/backdrop.jpg',
  belongs_to_collection: null,
  budget: 1000000,
  genres: [{ id: 18, name: 'Drama' }],
  homepage: '',
  id: 1001,
  imdb_id: null,
  origin_country: ['GB'],
  original_language: 'en',
  original_title: 'A Benchmark Film',
  overview: 'An invented film whose only role is to be fetched many times over a loopback connection.',
  popularity: 12.5,
  poster_path: '/poster.jpg',
  production_companies: [{ id: 1, name: 'Loopback Pictures', logo_path: null, origin_country: 'GB' }],
  production_countries: [{ iso_3166_1: 'GB', name: 'United Kingdom' }],
  release_date: '2020-01-01',
  revenue: 0,
  runtime: 101,
  spoken_languages: [{ iso_639_1: 'en', name: 'English', english_name: 'English' }],
  status: 'Released',
  tagline: '',
  title: 'A Benchmark Film',
  video: false,
  vote_average: 7.1,
  vote_count: 321,
});

const server = createServer((_request, response) => {
  response.writeHead(200, {
    'content-type': 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.(server.address().port));
process.on('disconnect', () => process.exit(0));
