#pragma once

#include "calendar/core/calendar_context.h"
#include "calendar/core/recall_types.h"
#include "common/result.h"

#include <QCoreApplication>

#include <vector>

namespace fd::calendar {

// Recalls: reasons and the appointment types that set them, recalls per patient and reason,
// the recall list and the contact attempts. Reads need calendar.recalls.view; adding,
// dismissing and logging contacts calendar.recalls.work; reasons and triggers
// calendar.recalls.setup. Every change is one transaction, synced and audited (with the prior
// values for updates). The appointments a recall follows are read at list time
// (reconcile()): the scheduling core has no status listener, so the list brings the recalls
// up to date with the bookings and check-outs before it answers.
class IRecallService
{
public:
    virtual ~IRecallService() = default;

    virtual Result<std::vector<RecallReason>> reasons(bool includeInactive = false) = 0;
    virtual Result<RecallReason> reason(const QString& idOrName) = 0;
    virtual Result<RecallReason> saveReason(const RecallReason& reason) = 0;

    virtual Result<std::vector<RecallTrigger>> triggers() = 0;
    // A checked-out visit of the type (id or code) sets a recall for the reason (id or name).
    virtual Result<RecallTrigger> setTrigger(const QString& type, const QString& reason) = 0;
    virtual Status removeTrigger(const QString& type) = 0;

    // A recall made by hand: patient, reason and due date required; the patient is opened
    // through the registry (restricted and merged-away patients are refused).
    virtual Result<Recall> add(const Recall& recall) = 0;
    virtual Result<Recall> get(const QString& id) = 0;
    // Dismissed with a reason; a done or dismissed recall cannot be dismissed again.
    virtual Result<Recall> dismiss(const QString& id, qint64 rowVersion,
                                   const QString& reason) = 0;
    virtual Result<ContactAttempt> logContact(const ContactAttempt& attempt) = 0;
    virtual Result<std::vector<ContactAttempt>> contacts(const QString& recallId) = 0;

    // Reconciles, then lists (audited as one read of the list, and each listed patient is
    // opened through the registry as a read).
    virtual Result<std::vector<RecallRow>> list(const RecallFilter& filter) = 0;
    // Brings recalls up to date with the appointments: creates the recalls that checked-out
    // visits of a trigger type set, links an open recall to a booked appointment of a type
    // that satisfies it (scheduled), completes it when that visit is checked out (done), and
    // reopens it when the appointment is cancelled or missed. Returns the recalls changed.
    virtual Result<int> reconcile() = 0;
    // The practice's today (its time zone), which due and overdue are counted from.
    virtual QDate today() const = 0;
};

class RecallService final : public IRecallService
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::RecallService)

public:
    explicit RecallService(CalendarContext ctx) : m_ctx(std::move(ctx)) {}

    Result<std::vector<RecallReason>> reasons(bool includeInactive) override;
    Result<RecallReason> reason(const QString& idOrName) override;
    Result<RecallReason> saveReason(const RecallReason& reason) override;
    Result<std::vector<RecallTrigger>> triggers() override;
    Result<RecallTrigger> setTrigger(const QString& type, const QString& reason) override;
    Status removeTrigger(const QString& type) override;
    Result<Recall> add(const Recall& recall) override;
    Result<Recall> get(const QString& id) override;
    Result<Recall> dismiss(const QString& id, qint64 rowVersion, const QString& reason) override;
    Result<ContactAttempt> logContact(const ContactAttempt& attempt) override;
    Result<std::vector<ContactAttempt>> contacts(const QString& recallId) override;
    Result<std::vector<RecallRow>> list(const RecallFilter& filter) override;
    Result<int> reconcile() override;
    QDate today() const override;

private:
    Result<QString> typeId(const QString& idOrCode);
    Status fillPatients(std::vector<RecallRow>& rows);

    CalendarContext m_ctx;
};

}  // namespace fd::calendar
