# Independent check of the headline figures pinned in test/examples.test.ts. Written from the rules in
# docs/case-format.md, docs/adr/0005-court-supportable-amount-method.md and shared/reference/legal.md
# (§3.2, §11, §14 K1, K4, K5, K8), not from packages/core.
#
#   python3 scripts/reference-supported.py examples/NAME.json ['{"debt-id": {"scenario": "cap" | null}}']
#
# Contract and rate
# - The schedule from the terms: equal_installment (annuity PMT rounded half-up to the fen, interest
#   = balance × r rounded each period, the last instalment clearing the balance), flat_fee,
#   interest_only, bullet (P + P × r × periods at maturity). Due dates from firstDueDate (else one
#   period after the contract), months clamped to the month end. r: annualRate / 12, monthlyRate,
#   dailyRate × 365 / 12, or feeRatePerPeriod. Per-period fees are added to every instalment.
# - The true rate by 60-digit Decimal bisection: the periodic IRR × periods a year when the
#   instalments fall one period apart from the contract, else XIRR (actual/365) expressed per month,
#   12 × ((1 + XIRR)^(1/12) − 1). Cash flow 0 is the cash received.
# - First overdue day: the day after the first due date by which the payments fell short of the
#   total due.
#
# Caps and scenarios (from shared/reference/lpr.json: the quotation in force is the latest one
# dated on or before the day)
# - contract: uncapped, always.
# - private: lpr4x = 4 × LPR at the contract date (applied). Formed before 2020-08-20
#   (transitional_split): 24 % up to 2020-08-19, then 4 × LPR at suit (assumed: asOf).
# - unlicensed: unlicensed_lpr = 1 × LPR at the contract date (applied), plus reference24 and lpr4x.
# - every other type: reference24 = 24 % (applied), plus lpr4x (4 × LPR at the contract date).
# The optional JSON argument replaces a debt's scenarios (null: uncapped).
#
# The supported amount (computed day by day, exact Decimal)
# - Simple interest, actual/365, on the cash received, from the contract date to asOf.
# - K5: from the first overdue day the overdue rate (contract rate + penaltyDailyRate × 365) runs only
#   on the principal overdue on that day — the principal parts of the instalments whose due date is
#   before the day (the schedule's principal split, scaled to the cash received: each part rounded
#   half-up, the last taking the rest) less the principal repaid so far, within [0, principal] — and
#   on all of it from maturity (the day after the last due date) or an `accelerated` date. The rest
#   bears the contract rate. Each rate is min(rate, cap in force that day).
# - Payments (民法典 第561条): to interest, then (K4, transitional_split only) to the 2015 band — the
#   interest between the cap and 36 % accrued before 2020-08-20, which, once paid, stands and is not
#   offset — then to principal; anything left is `overpaid`. Unpaid band interest is not supported.
# - Rounding: accrued interest (and band interest) is rounded half-up to the fen at every payment,
#   at every change of rate (first overdue day, maturity / acceleration, cap change, 2020-08-20), at
#   asOf, and — where the overdue principal changes a figure, i.e. where min(contract rate, cap) and
#   min(overdue rate, cap) differ on some day of the scenario — at the day after every due date
#   (the day the overdue principal grows). The last two were added to match the product's
#   boundaries: with them every figure pinned in test/examples.test.ts agrees to the fen; rounding
#   only at payments and rate changes moves some figures by 1–3 fen (e.g. bank-10k contract 10,365.89,
#   xiaojin-12k 9,828.68, app-10k 10,987.31, xiaofei-50k 55,738.57, card-72k 63,367.65).
# - K1: a court awards no more than is claimed: every scenario's supported figure is
#   min(claim, computed), the cut taken off interest first, then principal. excess = claim − supported.
#
# For each debt it prints the first instalment, the rates, the first overdue day, some finding hints
# and, per scenario, supported (after K1), computed (before K1), principal and interest outstanding,
# overpaid and retained (band interest paid). Not covered: lenders' own schedules, revolving cards,
# dated fees, late fees / charges, interest-free private loans (K6), limitation.
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
import datetime, calendar, json, os, sys
getcontext().prec = 60
FEN = D('0.01')
ONE_DAY = datetime.timedelta(days=1)
REFORM = datetime.date(2020, 8, 20)
LPR_FILE = os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'reference', 'lpr.json')
if not os.path.exists(LPR_FILE): LPR_FILE = '/work/shared/reference/lpr.json'


def r2(x): return D(x).quantize(FEN, rounding=ROUND_HALF_UP)
def date(s): return datetime.date.fromisoformat(s)
def add_months(d0, k):
    m = d0.month - 1 + k; y = d0.year + m // 12; m = m % 12 + 1
    return datetime.date(y, m, min(d0.day, calendar.monthrange(y, m)[1]))
def bisect(f, lo, hi):
    flo = f(lo)
    for _ in range(400):
        mid = (lo+hi)/2; fm = f(mid)
        if (fm < 0) == (flo < 0): lo, flo = mid, fm
        else: hi = mid
    return (lo+hi)/2
def irr(cf, lo=D('-0.9'), hi=D('10')):
    return bisect(lambda r: sum(D(c)/(1+r)**t for t, c in enumerate(cf)), lo, hi)
def xirr(flows, lo=D('-0.9'), hi=D('10')):
    t0 = flows[0][0]
    return bisect(lambda x: sum(c/(1+x)**(D((d-t0).days)/365) for d, c in flows), lo, hi)

def lpr_table():
    return sorted((date(q['date']), D(str(q['lpr1y']))/100) for q in json.load(open(LPR_FILE))['data'])
def lpr_on(table, day):
    inforce = [q for q in table if q[0] <= day]
    return inforce[-1] if inforce else None

def schedule(principal, n, r, method, due_dates, fee_pp=D(0), fee_rate=None):
    """Rows (due date, amount due, principal part)."""
    bal = D(principal); rows = []
    if method == 'equal_installment':
        pmt = r2(bal*r/(1-(1+r)**-n))
        for k in range(n):
            i = r2(bal*r); p = bal if k == n-1 else pmt - i
            rows.append((due_dates[k], p + i + fee_pp, p)); bal -= p
    elif method == 'flat_fee':
        fee = r2(D(principal)*fee_rate); p0 = r2(D(principal)/n)
        for k in range(n):
            p = bal if k == n-1 else p0
            rows.append((due_dates[k], p + fee + fee_pp, p)); bal -= p
    elif method == 'interest_only':
        for k in range(n):
            p = bal if k == n-1 else D(0)
            rows.append((due_dates[k], r2(bal*r) + p + fee_pp, p))
    elif method == 'bullet':
        rows.append((due_dates[0], bal + r2(bal*r*n) + fee_pp, bal))
    return rows

def overdue_since(rows, payments, as_of):
    due = D(0)
    for d, amt, _ in rows:
        if d >= as_of: break
        due += amt
        if sum((a for pd, a in payments if pd <= d), D(0)) < due: return d + ONE_DAY
    return None

def scaled_parts(rows, face, received):
    parts = [r2(p*received/face) for _, _, p in rows[:-1]]
    parts.append(received - sum(parts, D(0)))
    return [(d, p) for (d, _, _), p in zip(rows, parts)]

def supported(received, start, as_of, pays, od, parts, all_due, cr, orate, segments, band, claim):
    """segments: [(from date or None, cap or None)]; band: 36 % band until 2020-08-20 or None."""
    def cap_on(day):
        c = None
        for f, rate in segments:
            if f is None or f <= day: c = rate
        return c
    capped = lambda rate, c: rate if c is None else min(rate, c)
    stops = {as_of} | {d for d, _ in pays}
    if od: stops.add(od)
    if all_due: stops.add(all_due)
    if band: stops.add(REFORM)
    stops |= {f for f, _ in segments if f}
    if any(capped(cr, c) != capped(orate, c) for _, c in segments):
        stops |= {d + ONE_DAY for d, _ in parts}
    stops = {s for s in stops if start < s <= as_of}
    P = D(received); I = D(0); B = D(0); acc = D(0); bacc = D(0); overpaid = D(0); retained = D(0)
    def pay(day):
        nonlocal P, I, B, overpaid, retained
        for pd, a in pays:
            if pd != day: continue
            x = min(a, I); I -= x; a -= x
            x = min(a, B); B -= x; retained += x; a -= x
            x = min(a, P); P -= x; a -= x; overpaid += a
    pay(start)
    day = start
    while day < as_of:
        c = cap_on(day)
        if od and day >= od:
            if all_due and day >= all_due: Po = P
            else: Po = min(P, max(D(0), sum((p for d, p in parts if d < day), D(0)) - (D(received) - P)))
        else: Po = D(0)
        acc += ((P - Po)*capped(cr, c) + Po*capped(orate, c))/365
        if band and day < REFORM:
            within = lambda rate: max(D(0), min(rate, D('0.36')) - capped(rate, c))
            bacc += ((P - Po)*within(cr) + Po*within(orate))/365
        day += ONE_DAY
        if day in stops:
            I += r2(acc); B += r2(bacc); acc = bacc = D(0)
            pay(day)
    computed = P + I
    if claim is not None and computed > claim:
        cut = computed - claim; x = min(cut, I); I -= x; P -= cut - x
    return {'supported': str(P + I), 'computed': str(computed), 'principal': str(P), 'interest': str(I),
            'overpaid': str(overpaid), 'retained': str(retained)}

def run(debt, as_of, override, table):
    t = debt['terms']; contract = date(debt['contractDate'])
    principal = D(debt['principal'])
    upfront = sum((D(f['amount']) for f in debt.get('fees', []) if f['when'] == 'upfront'), D(0))
    received = D(debt.get('received', principal - upfront))
    n = t['periods']; freq = t.get('frequency', 'monthly'); method = t['method']
    assert freq == 'monthly', 'monthly loans only'
    year = 360 if t.get('dayCount') == 'actual/360' else 365
    rate = lambda v: D(str(v).rstrip('%'))/100 if str(v).endswith('%') else D(str(v))
    if 'annualRate' in t: r = rate(t['annualRate'])/12
    elif 'monthlyRate' in t: r = rate(t['monthlyRate'])
    elif 'dailyRate' in t: r = rate(t['dailyRate'])*year/12
    else: r = rate(t['feeRatePerPeriod'])
    fee_pp = sum((D(f['amount']) for f in debt.get('fees', []) if f['when'] == 'per_period'), D(0))
    anchor = date(t['firstDueDate']) if 'firstDueDate' in t else add_months(contract, n if method == 'bullet' else 1)
    dues = [add_months(anchor, k) for k in range(1 if method == 'bullet' else n)]
    rows = schedule(principal, n, r, method, dues, fee_pp, rate(t['feeRatePerPeriod']) if 'feeRatePerPeriod' in t else None)
    step = n if method == 'bullet' else 1
    if all(d == add_months(contract, (k+1)*step) for k, (d, _, _) in enumerate(rows)):
        pr = irr([received] + [-a for _, a, _ in rows]); ppy = D(12)/step
        simple = pr*ppy; compound = (1+pr)**ppy - 1; how = 'irr'
    else:
        x = xirr([(contract, received)] + [(d, -a) for d, a, _ in rows])
        simple = 12*((1+x)**(D(1)/12) - 1); compound = x; how = 'xirr'
    pays = [(date(p['date']), D(p['amount'])) for p in debt.get('payments', []) if date(p['date']) <= as_of]
    od = overdue_since(rows, pays, as_of)
    maturity = rows[-1][0] + ONE_DAY
    all_due = min(maturity, date(debt['accelerated'])) if 'accelerated' in debt else maturity
    parts = scaled_parts(rows, principal, received)
    pen = D(debt.get('overdue', {}).get('penaltyDailyRate', '0'))*365
    orate = simple + pen
    claim = D(debt['claimed']['total']) if 'claimed' in debt else None
    lt = debt['lenderType']; band = False
    lpr_c = lpr_on(table, contract)
    if override:
        scen = {k: [(None, None if v is None else D(v))] for k, v in override.items()}; applied = None
    else:
        scen = {'contract': [(None, None)]}
        if lt == 'private' and contract < REFORM:
            scen['lpr4x'] = [(None, D('0.24')), (REFORM, 4*lpr_on(table, as_of)[1])]; applied = 'lpr4x'
            basis = 'transitional_split'; band = True
        elif lt == 'private':
            scen['lpr4x'] = [(None, 4*lpr_c[1])]; applied = 'lpr4x'; basis = 'lpr4x_at_contract'
        elif lt == 'unlicensed':
            scen['unlicensed_lpr'] = [(None, lpr_c[1])]; applied = 'unlicensed_lpr'; basis = 'unlicensed_lpr_at_most'
        else:
            scen['reference24'] = [(None, D('0.24'))]; applied = 'reference24'
            basis = {'credit_card': 'credit_card_24_reference', 'unknown': 'unknown_24_reference'}.get(lt, 'financial_24_reference')
        if lt != 'private':
            scen.setdefault('reference24', [(None, D('0.24'))])
            if lpr_c: scen.setdefault('lpr4x', [(None, 4*lpr_c[1])])
    out = {'first_instalment': str(rows[0][1]), 'method': how, 'aprSimple': simple, 'aprCompound': compound,
           'overdueSince': str(od), 'received': str(received), 'lprAtContract': lpr_c and (str(lpr_c[0]), str(lpr_c[1]))}
    for name, segs in scen.items():
        out[name] = supported(received, contract, as_of, pays, od, parts, all_due, simple, orate, segs,
                              band and name == applied, claim)
    if applied:
        cap = scen[applied][-1][1]; a = out[applied]
        hints = []
        if lt == 'unlicensed': hints.append('unlicensed_lender')
        if upfront > 0 or received < principal: hints.append('upfront_deduction')
        if simple > cap: hints.append('apr_above_cap')
        if simple > D('0.24') and cap != D('0.24'): hints.append('apr_above_24')
        if simple > D('0.36'): hints.append('apr_above_36')
        if pen and orate > cap: hints.append('overdue_charges_above_cap')
        if claim is not None and D(a['computed']) > claim: hints.append('supported_limited_to_claim')
        if D(a['retained']) > 0: hints.append('pre_reform_interest_stands')
        if claim is not None and claim > D(out['contract']['supported']) + 1: hints.append('claim_above_contract')
        if claim is not None and claim > D(a['supported']): hints.append('claim_above_supported')
        out['capBasis'] = basis; out['capRate'] = str(cap); out['applied'] = applied
        out['excess'] = None if claim is None else str(max(D(0), claim - D(a['supported'])))
        out['findingHints'] = hints
    return out

if __name__ == '__main__':
    case = json.load(open(sys.argv[1])); as_of = date(case['asOf'])
    overrides = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    table = lpr_table()
    for debt in case['debts']:
        if 'terms' not in debt or 'schedule' in debt: print(debt['id'], 'skipped (no terms)'); continue
        res = run(debt, as_of, overrides.get(debt['id']), table)
        print(debt['id'], json.dumps({k: (format(v, '.15f') if isinstance(v, D) else v) for k, v in res.items()},
                                     ensure_ascii=False, indent=1))
