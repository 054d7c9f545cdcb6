// The browser entry point: reads the server's config from the page and mounts the app with its providers.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api.js';
import { App } from './app.js';
import { readDemoConfig } from './config.js';
import { DemoConfigContext } from './demo-config-context.js';
import { RouterProvider } from './router.js';
import { SessionProvider } from './session.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <DemoConfigContext value={readDemoConfig(document)}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider>
          <SessionProvider>
            <App />
          </SessionProvider>
        </RouterProvider>
      </QueryClientProvider>
    </DemoConfigContext>
  </StrictMode>,
);
