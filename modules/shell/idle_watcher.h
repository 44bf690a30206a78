#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace fd::shell {

// Fires idle() after a period without keyboard, mouse, wheel or touch input anywhere in the
// application. The timeout is injectable so tests can use a second.
class IdleWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    // Zero turns watching off.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void idle();

private:
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
    bool m_running = false;
};

}  // namespace fd::shell
