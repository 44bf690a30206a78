#pragma once

#include <QDateTime>

#include <memory>

namespace fd {

// The time as the application sees it; tests and the demo generator pin it.
class IClock
{
public:
    virtual ~IClock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public IClock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public IClock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

// ISO 8601 in UTC with milliseconds and a Z, the one format instants are stored and printed in.
inline QString toIsoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

}  // namespace fd
