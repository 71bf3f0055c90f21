/** Small inline icons, drawn with currentColor so they follow the text colour. */
const base = { width: 16, height: 16, viewBox: '0 0 24 24', 'aria-hidden': true } as const;
const stroke = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export const CopyIcon = () => (
  <svg {...base}>
    <rect x="9" y="9" width="12" height="12" rx="2" {...stroke} />
    <path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1" {...stroke} />
  </svg>
);
export const CheckIcon = () => (
  <svg {...base}>
    <path d="M5 12l5 5L20 7" {...stroke} />
  </svg>
);
export const MoreIcon = () => (
  <svg {...base}>
    <circle cx="5" cy="12" r="1.8" fill="currentColor" />
    <circle cx="12" cy="12" r="1.8" fill="currentColor" />
    <circle cx="19" cy="12" r="1.8" fill="currentColor" />
  </svg>
);
export const PlusIcon = () => (
  <svg {...base}>
    <path d="M12 5v14M5 12h14" {...stroke} />
  </svg>
);
export const SearchIcon = () => (
  <svg {...base}>
    <circle cx="11" cy="11" r="7" {...stroke} />
    <path d="M20 20l-3.5-3.5" {...stroke} />
  </svg>
);
export const ExternalIcon = () => (
  <svg {...base}>
    <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" {...stroke} />
  </svg>
);
export const EditIcon = () => (
  <svg {...base}>
    <path d="M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4" {...stroke} />
  </svg>
);
export const TrashIcon = () => (
  <svg {...base}>
    <path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13" {...stroke} />
  </svg>
);
export const QrIcon = () => (
  <svg {...base}>
    <path d="M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 18h2v2h-2zM14 18h2M18 14h2" {...stroke} />
  </svg>
);
export const DownloadIcon = () => (
  <svg {...base}>
    <path d="M12 4v11M7 10l5 5 5-5M5 20h14" {...stroke} />
  </svg>
);
export const ChartIcon = () => (
  <svg {...base}>
    <path d="M4 20V10M10 20V4M16 20v-7M22 20H2" {...stroke} />
  </svg>
);
export const LinkIcon = () => (
  <svg {...base}>
    <path
      d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"
      {...stroke}
    />
  </svg>
);
export const KeyIcon = () => (
  <svg {...base}>
    <circle cx="8" cy="15" r="4" {...stroke} />
    <path d="M11 12l9-9M17 6l3 3" {...stroke} />
  </svg>
);
export const ArrowLeftIcon = () => (
  <svg {...base}>
    <path d="M19 12H5M11 6l-6 6 6 6" {...stroke} />
  </svg>
);
export const WebhookIcon = () => (
  <svg {...base}>
    <circle cx="6" cy="17" r="2.5" {...stroke} />
    <circle cx="18" cy="17" r="2.5" {...stroke} />
    <circle cx="12" cy="6" r="2.5" {...stroke} />
    <path d="M10.7 8.2L7.3 14.8M8.5 17h7M13.3 8.2l3.4 6.6" {...stroke} />
  </svg>
);
export const MegaphoneIcon = () => (
  <svg {...base}>
    <path d="M3 11v2a1 1 0 0 0 1 1h2l5 4V6L6 10H4a1 1 0 0 0-1 1z" {...stroke} />
    <path d="M15 9a4 4 0 0 1 0 6M18 6a8 8 0 0 1 0 12" {...stroke} />
  </svg>
);
export const UploadIcon = () => (
  <svg {...base}>
    <path d="M12 16V4M7 9l5-5 5 5M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3" {...stroke} />
  </svg>
);
export const FileIcon = () => (
  <svg {...base}>
    <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" {...stroke} />
    <path d="M14 3v5h5" {...stroke} />
  </svg>
);
export const LogOutIcon = () => (
  <svg {...base}>
    <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4M16 17l5-5-5-5M21 12H9" {...stroke} />
  </svg>
);
