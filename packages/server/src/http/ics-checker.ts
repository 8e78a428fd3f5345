/**
 * A strict reader of the iCalendar files 上岸 writes (RFC 5545), for tests: CRLF line endings,
 * content lines of at most 75 octets, folding undone, BEGIN/END properly nested, the required
 * properties of VCALENDAR, VEVENT and VALARM present. Returns the problems found (none: valid) and
 * the components as trees of properties.
 */
export interface IcsComponent {
  name: string;
  properties: { name: string; params: string; value: string }[];
  children: IcsComponent[];
}

const REQUIRED: Record<string, readonly string[]> = {
  VCALENDAR: ['VERSION', 'PRODID'],
  VEVENT: ['UID', 'DTSTAMP', 'DTSTART'],
  VALARM: ['ACTION', 'TRIGGER'],
};

export function checkIcs(text: string): { problems: string[]; calendar: IcsComponent | null } {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  if (/[^\r]\n|\r[^\n]/.test(text)) problems.push('a line break is not CRLF');
  const physical = text.split('\r\n').slice(0, -1);
  for (const line of physical) {
    if (new TextEncoder().encode(line).length > 75)
      problems.push(`line over 75 octets: ${line.slice(0, 30)}`);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') && lines.length > 0) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const stack: IcsComponent[] = [];
  let calendar: IcsComponent | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) {
      problems.push(`no colon: ${line}`);
      continue;
    }
    const [name = '', ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      const component: IcsComponent = { name: value, properties: [], children: [] };
      stack.at(-1)?.children.push(component);
      stack.push(component);
      continue;
    }
    if (name === 'END') {
      const open = stack.pop();
      if (open?.name !== value) problems.push(`END:${value} closes ${open?.name ?? 'nothing'}`);
      else if (stack.length === 0) calendar = open;
      const missing = (REQUIRED[value] ?? []).filter((p) => !open?.properties.some((q) => q.name === p));
      for (const property of missing) problems.push(`${value} without ${property}`);
      continue;
    }
    const current = stack.at(-1);
    if (!current) problems.push(`property outside a component: ${name}`);
    else current.properties.push({ name, params: params.join(';'), value });
  }
  if (stack.length > 0) problems.push(`${stack.map((c) => c.name).join(', ')} not closed`);
  return { problems, calendar };
}
