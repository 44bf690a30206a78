#pragma once

#include "billing/core/ack_service.h"

#include <QSqlDatabase>

namespace fd::billing {

// Reads the service-line statuses stored with a payer status (billing_payer_line_statuses).
class ClaimStatusLineStore
{
public:
    // The lines of payer status `payerStatusId`, in the order the payer gave them.
    static Result<std::vector<PayerLineStatus>> load(QSqlDatabase db, const QString& payerStatusId);
};

}  // namespace fd::billing
