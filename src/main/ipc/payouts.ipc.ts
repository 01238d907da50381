import type { PayoutsService } from '../payouts/payouts.service'
import type { RefundsService } from '../refunds/refunds.service'
import type { Handlers } from './handle'

type PayoutChannels = Extract<keyof Handlers, `payouts:${string}` | `refunds:${string}`>

export function payoutHandlers(
  payouts: PayoutsService,
  refunds: RefundsService,
): Pick<Handlers, PayoutChannels> {
  return {
    'payouts:sources': () => payouts.sources(),
    'payouts:month': ({ porozumienieId, month }) => payouts.monthStatus(porozumienieId, month),
    'payouts:list': (query) => payouts.list(query),
    'payouts:get': ({ id }) => payouts.get(id),
    'payouts:compute': ({ porozumienieId, month }) => payouts.compute(porozumienieId, month),
    'payouts:approve': ({ id }) => payouts.approve(id),
    'payouts:cancel': (input) => payouts.cancel(input),
    'payouts:pay': (input) => payouts.pay(input),
    'payouts:unpay': (input) => payouts.unpay(input),
    'payouts:payment': (input) => payouts.setPayment(input),
    'payouts:preview': (change) => payouts.previewRateChange(change),
    'payouts:year': ({ year }) => payouts.year(year),
    'payouts:settings': () => payouts.settings(),
    'payouts:configure': (settings) => payouts.updateSettings(settings),
    'refunds:board': () => refunds.board(),
    'refunds:candidates': ({ porozumienieId }) => refunds.candidates(porozumienieId),
    'refunds:create': (input) => refunds.create(input),
    'refunds:receive': (input) => refunds.receive(input),
    'refunds:cancel': (input) => refunds.cancel(input),
  }
}
