import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { Dialog } from '../../../components/Dialog';
import { DownloadIcon } from '../../../components/Icons';
import { Spinner } from '../../../components/States';

interface QrDialogProps {
  url: string;
  code: string;
  onClose: () => void;
}

const OPTIONS = {
  errorCorrectionLevel: 'M',
  margin: 2,
  color: { dark: '#111827', light: '#ffffff' },
} as const;

/** The short URL as a QR code, downloadable as PNG (for documents) and SVG (for print). */
export default function QrDialog({ url, code, onClose }: QrDialogProps) {
  const [png, setPng] = useState<string | null>(null);
  const [svg, setSvg] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([
      QRCode.toDataURL(url, { ...OPTIONS, width: 1024 }),
      QRCode.toString(url, { ...OPTIONS, type: 'svg' }),
    ]).then(([pngUrl, svgText]) => {
      if (!live) return;
      setPng(pngUrl);
      setSvg(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`);
    });
    return () => {
      live = false;
    };
  }, [url]);

  return (
    <Dialog title="QR code" size="small" onClose={onClose}>
      <div className="qr">
        {png ? <img src={png} alt={`QR code for ${url}`} width={240} height={240} /> : <Spinner />}
        <p className="muted qr-url">{url}</p>
        <div className="qr-actions">
          <a
            className="button button-secondary"
            href={png ?? undefined}
            download={`smart-link-${code}.png`}
            aria-disabled={!png}
          >
            <DownloadIcon /> PNG
          </a>
          <a
            className="button button-secondary"
            href={svg ?? undefined}
            download={`smart-link-${code}.svg`}
            aria-disabled={!svg}
          >
            <DownloadIcon /> SVG
          </a>
        </div>
      </div>
    </Dialog>
  );
}
