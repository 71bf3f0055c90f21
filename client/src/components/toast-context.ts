import { createContext, useContext } from 'react';

export interface ToastMessage {
  /** What just happened, e.g. "Link created". */
  title: string;
  /** One line under it, e.g. the short URL. */
  detail?: string;
  /** Offered as a one-click copy, e.g. the new short URL. */
  copyText?: string;
  copyLabel?: string;
}

/** Without a provider (a component rendered on its own) a toast is quietly dropped. */
export const ToastContext = createContext<(toast: ToastMessage) => void>(() => {});

/** Shows a short confirmation at the bottom of the screen. */
export const useToast = () => useContext(ToastContext);
