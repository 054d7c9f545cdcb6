// The server's description of itself (see config.ts), available to every component.
import { createContext, useContext } from 'react';
import type { DemoConfig } from '../server/demo-config.js';

export const DemoConfigContext = createContext<DemoConfig>({ mode: 'tmdb' });

export const useDemoConfig = (): DemoConfig => useContext(DemoConfigContext);
