// @tmdb-kit/mock/capture: record TMDB answers into a captures folder and replay them (see ../record.ts for
// the proxy, and `tmdb-mock record` / `tmdb-mock --replay`).
export {
  CAPTURE_FORMAT,
  type Capture,
  type CaptureRequest,
  type CaptureResponse,
  captureKey,
  parseCapture,
  requestKey,
} from './format.js';
export {
  captureSample,
  type LoadedCaptures,
  loadSamples,
  readCaptureFolder,
  type StoredCapture,
} from './load.js';
export {
  createRecording,
  type ForwardAnswer,
  type ForwardRequest,
  type Recording,
  type RecordingOptions,
  type RecordOutcome,
  type RecordResult,
  type UpstreamCredential,
} from './recording.js';
export { createRedactor, REDACTED, type Redactor } from './redact.js';
export { createReplay, type LoadedReplay, loadReplay, type Replay, type ReplayAnswer } from './replay.js';
export { LIVE_TOUR, recordTour, type TourReport, type TourStep } from './tour.js';
