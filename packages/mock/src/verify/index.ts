// @tmdb-kit/mock/verify: check real TMDB responses (captures, HAR files, documentation examples)
// against the spec the fake and the types are built from.
export { type Contradiction, checkValue, type Rule } from './check-value.js';
export {
  buildReport,
  covers,
  formatReport,
  type ReportRow,
  type VerifyException,
  type VerifyReport,
} from './report.js';
export {
  type Loaded,
  type LoadProblem,
  messageOf,
  type Sample,
  samplesFromHar,
  samplesFromOpenApiExamples,
} from './samples.js';
export { createVerifier, type SampleVerdict, type Verifier } from './verify.js';
