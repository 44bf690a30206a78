#pragma once

#include "security/interfaces.h"

#include <algorithm>
#include <vector>

namespace fd::admin::fakes {

// An in-memory trail that records how it is asked, so tests can prove the model pages.
class FakeAuditTrail final : public security::IAuditTrail
{
public:
    explicit FakeAuditTrail(int entries)
    {
        const QDateTime start(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
        for (int i = 1; i <= entries; ++i) {
            security::AuditEntry e;
            e.seq = i;
            e.at = start.addSecs(60LL * i);
            e.username = i % 3 == 0 ? QStringLiteral("bob") : QStringLiteral("alice");
            e.role = QStringLiteral("front_desk");
            e.workstation = QStringLiteral("desk-1");
            e.record.action = i % 50 == 0 ? QStringLiteral("break_glass") : QStringLiteral("read");
            e.record.patientId = QStringLiteral("p-%1").arg(i % 7);
            e.record.entity = QStringLiteral("patient");
            e.record.entityId = QStringLiteral("p-%1").arg(i % 7);
            m_entries.push_back(e);
        }
    }

    void add(security::AuditEntry e)
    {
        e.seq = static_cast<qint64>(m_entries.size()) + 1;
        m_entries.push_back(std::move(e));
    }

    mutable std::vector<security::AuditFilter> listCalls;
    std::vector<security::AuditRecord> recorded;

    Status record(const security::AuditRecord& r) override
    {
        recorded.push_back(r);
        return {};
    }

    Result<std::vector<security::AuditEntry>> list(const security::AuditFilter& filter) const override
    {
        listCalls.push_back(filter);
        std::vector<security::AuditEntry> matching = match(filter);
        std::vector<security::AuditEntry> page;
        for (qint64 i = filter.offset; i < static_cast<qint64>(matching.size()) && page.size() < size_t(filter.limit); ++i)
            page.push_back(matching[size_t(i)]);
        return page;
    }

    Result<qint64> count(const security::AuditFilter& filter) const override
    {
        return static_cast<qint64>(match(filter).size());
    }

    Result<security::AuditVerification> verify() const override
    {
        security::AuditVerification v;
        v.entriesChecked = static_cast<qint64>(m_entries.size());
        return v;
    }

    Status checkpoint() override { return {}; }

private:
    std::vector<security::AuditEntry> match(const security::AuditFilter& f) const
    {
        std::vector<security::AuditEntry> out;
        for (const security::AuditEntry& e : m_entries) {
            if ((!f.username.isEmpty() && e.username != f.username) || (!f.action.isEmpty() && e.record.action != f.action)
                || (!f.patientId.isEmpty() && !e.record.concerns(f.patientId)) || (f.from.isValid() && e.at < f.from)
                || (f.to.isValid() && e.at >= f.to))
                continue;
            out.push_back(e);
        }
        if (f.newestFirst)
            std::reverse(out.begin(), out.end());
        return out;
    }

    std::vector<security::AuditEntry> m_entries;
};

}  // namespace fd::admin::fakes
