#pragma once

#include "common/result.h"
#include "practice/core/practice_types.h"

#include <QPair>
#include <vector>

namespace fd::practice {

// SBR09 claim filing indicator codes with their English names (marked for translation in the
// "fd::practice" context), in the order screens offer them.
const QList<QPair<QString, QString>>& claimFilingIndicators();
QStringList eligibilityChannels();  // x12_270, portal, phone, none
QStringList claimChannels();        // x12_837, paper, portal

// Who pays. Reads need practice.view, changes practice.edit.
class IPayerService
{
public:
    virtual ~IPayerService() = default;
    virtual Result<std::vector<Payer>> list(bool includeInactive = false) const = 0;
    virtual Result<Payer> find(const QString& id) const = 0;
    // The payer a clearinghouse knows by `payerId` (835/277 responses name payers so).
    virtual Result<Payer> findByPayerId(const QString& clearinghouse, const QString& payerId) const = 0;
    virtual Result<Payer> save(const Payer& payer) = 0;
    virtual Status remove(const QString& id, qint64 rowVersion) = 0;
    // The last day a claim for a service on `dateOfService` may reach the payer.
    virtual Result<QDate> timelyFilingDeadline(const QString& payerId, const QDate& dateOfService) const = 0;
};

}  // namespace fd::practice
