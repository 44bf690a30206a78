#include "billing/ui/billing_services.h"

namespace fd::billing::ui {

BillingServices BillingServices::from(const ServiceRegistry& registry)
{
    return {registry.get<IChargeService>(),          registry.get<IClaimService>(),
            registry.get<IClaimExport>(),            registry.get<IBatchHistory>(),
            registry.get<patients::IPatientService>(), registry.get<practice::IPayerService>(),
            registry.get<practice::IProviderService>(), registry.get<calendar::IFrontDesk>(),
            registry.get<security::IAccessControl>(), registry.get<IClock>(),
            registry.get<IClaimScrubber>(),           registry.get<IClaimSubmission>(),
            registry.get<IClaimStatus>(),             registry.get<IAckImport>(),
            registry.get<IEligibilityService>()};
}

void BillingNames::clear()
{
    m_patients.clear();
    m_restricted.clear();
    m_payers.clear();
    m_providers.clear();
    m_patientsRead = m_payersRead = m_providersRead = false;
}

void BillingNames::readPatients()
{
    m_patientsRead = true;
    patients::PatientListFilter filter;
    filter.includeInactive = true;
    filter.limit = kPatientPage;
    for (filter.offset = 0;; filter.offset += kPatientPage) {
        auto page = m_services.patients->list(filter);
        if (!page)
            return;  // no patients.read: the lists say "Patient"
        for (const patients::PatientSummary& p : page.value()) {
            m_patients.insert(p.id, p.displayName);
            if (p.restricted)
                m_restricted.insert(p.id);
        }
        if (int(page->size()) < kPatientPage)
            return;
    }
}

void BillingNames::readPayers()
{
    m_payersRead = true;
    if (auto payers = m_services.payers->list(true))
        for (const practice::Payer& p : payers.value())
            m_payers.insert(p.id, p.name);
}

void BillingNames::readProviders()
{
    m_providersRead = true;
    practice::ProviderFilter filter;
    filter.includeInactive = true;
    if (auto providers = m_services.providers->list(filter))
        for (const practice::Provider& p : providers.value())
            m_providers.insert(p.id, p.displayName());
}

QString BillingNames::patient(const QString& id)
{
    if (id.isEmpty())
        return {};
    if (!m_patients.contains(id) && !m_patientsRead)
        readPatients();
    else if (!m_patients.contains(id)) {
        readPatients();  // registered since the last reading
        if (!m_patients.contains(id))
            m_patients.insert(id, QString());
    }
    if (m_restricted.contains(id))
        return tr("Restricted patient");
    const QString name = m_patients.value(id);
    return name.isEmpty() ? tr("Patient") : name;
}

QString BillingNames::payer(const QString& id)
{
    if (id.isEmpty())
        return {};
    if (!m_payers.contains(id)) {
        readPayers();
        if (!m_payers.contains(id))
            m_payers.insert(id, tr("Unknown payer"));
    }
    return m_payers.value(id);
}

QString BillingNames::provider(const QString& id)
{
    if (id.isEmpty())
        return {};
    if (!m_providers.contains(id)) {
        readProviders();
        if (!m_providers.contains(id))
            m_providers.insert(id, tr("Unknown provider"));
    }
    return m_providers.value(id);
}

QString BillingText::status(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Draft: return tr("Draft");
    case ClaimStatus::Ready: return tr("Ready");
    case ClaimStatus::Submitted: return tr("Submitted");
    case ClaimStatus::Accepted: return tr("Accepted");
    case ClaimStatus::Rejected: return tr("Rejected");
    }
    return {};
}

QString BillingText::frequency(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Original: return tr("Original");
    case Frequency::Replacement: return tr("Replacement (7)");
    case Frequency::Void: return tr("Void (8)");
    }
    return {};
}

QString BillingText::money(Money amount, const QLocale& locale)
{
    const qint64 cents = amount.cents();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const QString number = locale.toString(magnitude / 100) + locale.decimalPoint()
                           + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    const QString withSymbol = locale.currencySymbol().isEmpty() ? number : locale.currencySymbol() + number;
    // Qt's currency format puts the symbol where the locale wants it; reuse its pattern on 0.
    const QString pattern = locale.toCurrencyString(0);
    QString out = withSymbol;
    if (!pattern.startsWith(locale.currencySymbol()))
        out = number + QLatin1Char(' ') + locale.currencySymbol();
    return cents < 0 ? locale.negativeSign() + out : out;
}

QString BillingText::date(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
}

QString BillingText::dateTime(const QDateTime& at, const QLocale& locale)
{
    return at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString BillingText::code(const QString& code, const QStringList& modifiers, int units)
{
    QString text = code;
    if (!modifiers.isEmpty())
        text += QLatin1Char('-') + modifiers.join(QLatin1Char('-'));
    if (units > 1)
        text += tr(" ×%1").arg(units);
    return text;
}

}  // namespace fd::billing::ui
