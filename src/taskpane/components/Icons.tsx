// The few icons the pane shows, inline (no icon package in the bundle). Decorative: the text next
// to them says the same, so they are hidden from assistive technology.
import type { SVGProps } from "react";

const base = { width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": true, focusable: false } as const;

export function ErrorIcon(props: SVGProps<SVGSVGElement>): JSX.Element {
  return (
    <svg {...base} {...props}>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

export function WarningIcon(props: SVGProps<SVGSVGElement>): JSX.Element {
  return (
    <svg {...base} {...props}>
      <path d="M8 1.5l7 13H1z" fill="currentColor" />
      <path d="M8 6v4" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="12.2" r="0.9" fill="#fff" />
    </svg>
  );
}

export function OkIcon(props: SVGProps<SVGSVGElement>): JSX.Element {
  return (
    <svg {...base} {...props}>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M4.8 8.3l2.1 2.1 4.3-4.6" stroke="#fff" strokeWidth="1.6" fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function InfoIcon(props: SVGProps<SVGSVGElement>): JSX.Element {
  return (
    <svg {...base} {...props}>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M8 7.2v4" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="4.8" r="0.9" fill="#fff" />
    </svg>
  );
}
