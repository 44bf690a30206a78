#pragma once

#include "calendar/core/booking_engine.h"

#include <QCoreApplication>

namespace fd::calendar {

class SeriesService final : public ISeriesService
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::SeriesService)

public:
    explicit SeriesService(CalendarContext ctx) : m_engine(std::move(ctx)) {}

    Result<SeriesResult> create(const SeriesRequest& request) override;
    Result<SeriesResult> edit(const QString& seriesId, const QDate& occurrenceDate,
                              SeriesScope scope, const SeriesChange& change) override;
    Result<std::vector<Appointment>> occurrences(const QString& seriesId) override;

private:
    struct Series
    {
        QString id;
        qint64 rowVersion = 0;
        QString patientId;
        QString providerId;
        QString locationId;
        QString typeId;
        QDate firstDate;
        QTime startTime;
        int durationMinutes = 0;
        RecurrenceRule rule;
        QString reason;
    };
    static QVariantMap seriesFields(const Series& s);
    Result<Series> loadSeries(QSqlDatabase db, const QString& id) const;
    // Places and writes every rule date of `series` from `from` on; conflicts refuse all
    // (or are skipped and listed with `skipConflicts`).
    Status bookOccurrences(storage::Transaction& tx, const Series& series, const QDate& from,
                           const Overbook& overbook, bool skipConflicts, SeriesResult& result);
    Status cancelAll(storage::Transaction& tx, const std::vector<Appointment>& targets,
                     const QString& reason, SeriesResult& result);
    // Moves each target as `change` says, within the transaction.
    Status changeAll(storage::Transaction& tx, std::vector<Appointment> targets,
                     const SeriesChange& change, const QString& newSeriesId, bool exception,
                     SeriesResult& result);

    BookingEngine m_engine;
};

}  // namespace fd::calendar
