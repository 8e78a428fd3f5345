import { type ComplaintRoute, complaintRoute, LENDER_TYPES, type LenderType } from '@shangan/core';

export interface ComplaintGroup {
  lenderTypes: LenderType[];
  route: ComplaintRoute;
}

/**
 * Lender types that complain to the same place, in the order of LENDER_TYPES: banks, consumer-
 * finance companies and card issuers share one row, so the table is short enough for a phone.
 */
export function complaintGroups(): ComplaintGroup[] {
  const groups: ComplaintGroup[] = [];
  for (const lenderType of LENDER_TYPES) {
    const route = complaintRoute(lenderType);
    const same = groups.find(
      (group) => group.route.regulator === route.regulator && group.route.channel === route.channel,
    );
    if (same) same.lenderTypes.push(lenderType);
    else groups.push({ lenderTypes: [lenderType], route });
  }
  return groups;
}
