import { useEffect, useState } from 'preact/hooks';
import { qrPath } from '../../backup/qr-path';
import { Loading } from '../../ui/async-state';

/**
 * `value` as a QR code, drawn here as inline SVG (no image request, nothing from another site).
 * The encoder (uqr) loads with the first code shown, not with the screen. Error correction M
 * (15 %): a phone camera still reads it off a slightly smudged screen.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  const [drawn, setDrawn] = useState<{ value: string; path: string; size: number } | undefined>();
  useEffect(() => {
    let current = true;
    import('uqr').then(({ encode }) => {
      const qr = encode(value, { ecc: 'M', border: 4 });
      if (current) setDrawn({ value, path: qrPath(qr.data), size: qr.size });
    });
    return () => {
      current = false;
    };
  }, [value]);
  if (drawn?.value !== value) return <Loading />;
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${drawn.size} ${drawn.size}`}
      shape-rendering="crispEdges"
    >
      <rect width={drawn.size} height={drawn.size} fill="#fff" />
      <path d={drawn.path} fill="#000" />
    </svg>
  );
}
