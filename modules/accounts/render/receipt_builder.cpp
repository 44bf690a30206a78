#include "accounts/render/receipt_builder.h"

#include "security/audit_actions.h"

#include <QJsonObject>

namespace fd::accounts::render {

namespace {

constexpr int kPage = 500;

QStringList addressLines(const practice::Address& a)
{
    QStringList lines;
    for (const QString& line : {a.line1, a.line2})
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    QString cityLine = a.city.trimmed();
    const QString stateZip = QStringLiteral("%1 %2").arg(a.state.trimmed(), a.zip.trimmed()).trimmed();
    if (!stateZip.isEmpty())
        cityLine = cityLine.isEmpty() ? stateZip : cityLine + QStringLiteral(", ") + stateZip;
    if (!cityLine.isEmpty())
        lines << cityLine;
    return lines;
}

}  // namespace

QString receiptNumber(const QString& entryId)
{
    QString hex = entryId;
    hex.remove(QLatin1Char('-'));
    hex = hex.left(12).toUpper();
    return QStringLiteral("R-%1-%2-%3").arg(hex.mid(0, 4), hex.mid(4, 4), hex.mid(8, 4));
}

ReceiptSources ReceiptSources::from(const ServiceRegistry& registry)
{
    return {registry.get<ILedger>(),
            registry.get<patients::IPatientService>(),
            registry.get<patients::IGuarantorService>(),
            registry.get<practice::IPracticeProfile>(),
            registry.get<security::IAccessControl>(),
            registry.get<security::IAuditTrail>(),
            registry.get<security::IUserService>(),
            registry.get<IClock>()};
}

bool ReceiptSources::complete() const
{
    return ledger && patients && guarantors && profile && access && audit;
}

ReceiptBuilder::ReceiptBuilder(ReceiptSources sources) : m_sources(std::move(sources)) {}

QDateTime ReceiptBuilder::now() const
{
    return m_sources.clock ? m_sources.clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

Result<Receipt> ReceiptBuilder::build(const QString& entryId, ReceiptCopy copy) const
{
    if (!m_sources.complete())
        return makeError(ErrorCode::Unavailable, tr("The services receipts are made from are not available."));
    auto payment = m_sources.ledger->entry(entryId.trimmed());
    FD_TRY(payment);
    if (payment->kind != EntryKind::PatientPayment)
        return makeError(ErrorCode::InvalidInput,
                         tr("Ledger entry %1 is a %2, not a patient payment: only patient payments have receipts.")
                             .arg(entryId.trimmed(), entryKindId(payment->kind)),
                         QStringLiteral("entry"));
    Receipt receipt;
    receipt.entryId = payment->id;
    receipt.patientId = payment->patientId;
    receipt.number = receiptNumber(payment->id);
    receipt.copy = copy;
    QTimeZone zone;
    FD_TRY(fillPractice(receipt, zone));
    receipt.receivedAt = payment->postedAt.toTimeZone(zone);
    receipt.timeZoneAbbreviation = zone.abbreviation(receipt.receivedAt);
    receipt.paymentDate = payment->effectiveDate;
    receipt.amount = payment->amount;
    receipt.method = payment->method;
    receipt.reference = payment->reference;
    receipt.receivedBy = userName(payment->createdBy);
    receipt.printedAt = now().toTimeZone(zone);
    receipt.printedBy = userName(m_sources.access->currentUser().id);
    FD_TRY(fillPeople(receipt, payment.value()));
    FD_TRY(fillFromLedger(receipt, payment.value(), zone));
    return receipt;
}

Status ReceiptBuilder::fillPractice(Receipt& receipt, QTimeZone& zone) const
{
    auto profile = m_sources.profile->profile();
    FD_TRY(profile);
    receipt.practiceName = profile->name;
    receipt.practiceAddress = addressLines(profile->billingAddress);
    receipt.practicePhone = profile->phone;
    zone = QTimeZone(profile->timeZone.toUtf8());
    if (!zone.isValid())
        return makeError(ErrorCode::InvalidInput,
                         tr("The practice's time zone \"%1\" is not known; correct it in the practice profile.")
                             .arg(profile->timeZone),
                         QStringLiteral("time_zone"));
    return {};
}

Status ReceiptBuilder::fillPeople(Receipt& receipt, const LedgerEntry& payment) const
{
    auto patient = m_sources.patients->get(payment.patientId);  // access check; audited read
    FD_TRY(patient);
    receipt.patientName = patient->displayName();
    receipt.accountNumber = patient->accountNumber;
    if (!payment.guarantorId.isEmpty() && payment.guarantorId != payment.patientId) {
        auto guarantor = m_sources.guarantors->get(payment.guarantorId);
        FD_TRY(guarantor);
        if (guarantor->patientId != payment.patientId)
            receipt.guarantorName = guarantor->displayName();
    }
    return {};
}

Status ReceiptBuilder::fillFromLedger(Receipt& receipt, const LedgerEntry& payment, const QTimeZone& zone) const
{
    const Money applied = -payment.patientDelta;
    receipt.unapplied = payment.creditDelta;
    bool lineFound = payment.lineId.isEmpty() || applied.isZero();
    EntryFilter filter;
    filter.limit = kPage;
    for (;;) {
        auto page = m_sources.ledger->entries(payment.patientId, filter);
        FD_TRY(page);
        for (const LedgerEntry& e : page.value()) {
            // Entries posted before the payment, and the payment: each posting is its own
            // transaction at its own instant.
            if (e.postedAt < payment.postedAt || e.id == payment.id) {
                receipt.insuranceAfter += e.insuranceDelta;
                receipt.patientAfter += e.patientDelta;
                receipt.creditAfter += e.creditDelta;
            }
            if (!lineFound && e.kind == EntryKind::Charge && e.lineId == payment.lineId) {
                receipt.appliedTo.push_back({e.effectiveDate, e.code, e.description, applied});
                lineFound = true;
            }
            if (e.kind == EntryKind::Reversal && e.reversedEntryId == payment.id) {
                receipt.reversed = true;
                receipt.reversedAt = e.postedAt.toTimeZone(zone);
                receipt.reversalReason = e.note;
            }
        }
        if (int(page->size()) < kPage)
            break;
        filter.offset += kPage;
    }
    if (!lineFound) {
        // The line's charge belongs to another account (moved by a merge): its summary still
        // names the service.
        auto line = m_sources.ledger->lineBalance(payment.lineId);
        FD_TRY(line);
        receipt.appliedTo.push_back({line->serviceDate, line->code, QString(), applied});
    }
    return {};
}

QString ReceiptBuilder::userName(const QString& userId) const
{
    const security::UserInfo& me = m_sources.access->currentUser();
    if (userId == me.id)
        return me.displayName.isEmpty() ? me.username : me.displayName;
    // Other staff members' names need users.view; without it the receipt says who in general terms.
    if (m_sources.users && m_sources.access->can(security::perm::kUsersView)) {
        if (auto user = m_sources.users->find(userId); user.ok())
            return user->displayName.isEmpty() ? user->username : user->displayName;
    }
    return tr("practice staff");
}

Status ReceiptBuilder::recordPrinted(const Receipt& receipt, const QString& destination) const
{
    security::AuditRecord record;
    record.action = security::audit::kPrint;
    record.entity = QStringLiteral("ledger_entries");
    record.entityId = receipt.entryId;
    record.details = QJsonObject{{QStringLiteral("document"), QStringLiteral("receipt")},
                                 {QStringLiteral("receipt_number"), receipt.number},
                                 {QStringLiteral("copy"), receipt.copy == ReceiptCopy::Reprint},
                                 {QStringLiteral("destination"), destination}};
    record.patientId = receipt.patientId;
    return m_sources.audit->record(record);
}

}  // namespace fd::accounts::render
