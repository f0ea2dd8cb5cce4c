import { validate } from 'virtual:report-validator';
import { ViewerApp } from './app.js';
import { checkReport } from './check-report.js';
import { showMessage, showOpenPicker } from './ui/message-screen.js';
import './styles.css';

/** `data-state` on <body> tells tests and the bench when the page is usable (or why it is not). */
function setState(state: 'loading' | 'ready' | 'rejected'): void {
  document.body.dataset['state'] = state;
}

async function open(document_: unknown): Promise<void> {
  performance.mark('blastmap:parsed');
  const check = checkReport(document_, validate);
  performance.mark('blastmap:validated');
  if (!check.ok) {
    showMessage(check.title, check.details);
    setState('rejected');
    return;
  }
  document.getElementById('message')!.hidden = true;
  document.getElementById('app')!.hidden = false;
  try {
    await new ViewerApp(check.report).start();
  } catch (error) {
    showMessage('The viewer could not show this report.', [String(error)]);
    setState('rejected');
    throw error;
  }
  performance.mark('blastmap:interactive');
  setState('ready');
}

function embeddedReport(): string | null {
  const text = document.getElementById('blastmap-report')?.textContent ?? '';
  return text.trim() === '' ? null : text;
}

setState('loading');
const text = embeddedReport();
if (text === null) {
  showOpenPicker((doc) => void open(doc));
} else {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    showMessage('The report inside this page is not valid JSON.', [String(error)]);
    setState('rejected');
  }
  if (parsed !== undefined) void open(parsed);
}
