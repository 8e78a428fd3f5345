import type { ApiIssue } from '@shangan/contract';

/** An issue of one file of an archive, named by it: "log.json: agreements[0].total", or "log.json". */
export function issueInFile(file: string, issue: ApiIssue): ApiIssue {
  return { ...issue, path: issue.path === '' ? file : `${file}: ${issue.path}` };
}
