// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReaderMonitor.h"
#include "PcscLog.h"

#include <QHash>
#include <QPointer>


#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Club::Devices {

namespace {
const char PnpReader[] = "\\\\?PnP?\\Notification";

bool isServiceLoss(LONG rc)
{
    return rc == SCARD_E_NO_SERVICE || rc == SCARD_E_SERVICE_STOPPED || rc == SCARD_E_INVALID_HANDLE;
}

struct CardState
{
    DWORD eventState = SCARD_STATE_UNAWARE;
    bool present = false;
};
} // namespace

struct ReaderMonitor::Worker
{
    explicit Worker(ReaderMonitor *owner)
        : owner(owner)
    {}

    void run();
    void post(std::function<void()> f) { QMetaObject::invokeMethod(owner, std::move(f), Qt::QueuedConnection); }
    // Sleeps up to ms; returns early (true) when stop() was called.
    bool sleepUnlessStopped(int ms)
    {
        std::unique_lock lock(mutex);
        return wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stopping; });
    }
    bool isStopping()
    {
        std::lock_guard lock(mutex);
        return stopping;
    }
    void releaseContext();
    void reportService(PcscError state);
    void reportReaders(const QStringList &names);

    ReaderMonitor *const owner;
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    bool hasContext = false; // guarded by mutex, so stop() never cancels a released context
    SCARDCONTEXT context = 0;

    // Worker thread only.
    PcscError service = PcscError::Failed;
    bool readersKnown = false;
    QStringList readers;
    QHash<QString, CardState> cards;
    DWORD pnpState = SCARD_STATE_UNAWARE;
};

void ReaderMonitor::Worker::releaseContext()
{
    SCARDCONTEXT old = 0;
    {
        std::lock_guard lock(mutex);
        if (!hasContext)
            return;
        hasContext = false;
        old = context;
        context = 0;
    }
    SCardReleaseContext(old);
}

void ReaderMonitor::Worker::reportService(PcscError state)
{
    if (state == service)
        return;
    service = state;
    post([o = owner, state] {
        o->m_serviceState = state;
        emit o->serviceStateChanged(state);
    });
}

void ReaderMonitor::Worker::reportReaders(const QStringList &names)
{
    // Cards on readers that went away are gone too.
    for (auto it = cards.begin(); it != cards.end();) {
        if (!names.contains(it.key())) {
            if (it->present)
                post([o = owner, reader = it.key()] { emit o->cardRemoved(reader); });
            it = cards.erase(it);
        } else {
            ++it;
        }
    }
    if (readersKnown && names == readers)
        return;
    readersKnown = true;
    readers = names;
    post([o = owner, names] {
        o->m_readers = names;
        emit o->readersChanged(names);
    });
}

void ReaderMonitor::Worker::run()
{
    while (!isStopping()) {
        if (!hasContext) { // only this thread sets it
            SCARDCONTEXT fresh = 0;
            const LONG rc = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &fresh);
            if (rc != SCARD_S_SUCCESS) {
                if (service != PcscError::NoService)
                    qCInfo(lcPcsc, "monitor: no PC/SC service (0x%08lX); retrying", static_cast<unsigned long>(rc));
                reportReaders({});
                reportService(PcscError::NoService);
                sleepUnlessStopped(RetryIntervalMs);
                continue;
            }
            std::lock_guard lock(mutex);
            context = fresh;
            hasContext = true;
            pnpState = SCARD_STATE_UNAWARE;
        }

        QStringList names;
        DWORD size = 0;
        LONG rc = SCardListReaders(context, nullptr, nullptr, &size);
        QByteArray buffer;
        if (rc == SCARD_S_SUCCESS) {
            buffer.resize(qsizetype(size));
            rc = SCardListReaders(context, nullptr, buffer.data(), &size);
        }
        if (isServiceLoss(rc)) {
            releaseContext();
            continue; // the next establish decides whether pcscd is gone
        }
        reportService(PcscError::None);
        if (rc == SCARD_S_SUCCESS) {
            for (const QByteArray &name : buffer.left(qsizetype(size)).split('\0')) {
                if (!name.isEmpty())
                    names.append(QString::fromUtf8(name));
            }
        } else if (rc != SCARD_E_NO_READERS_AVAILABLE) {
            qCWarning(lcPcsc, "monitor: SCardListReaders failed: 0x%08lX", static_cast<unsigned long>(rc));
            sleepUnlessStopped(500);
            continue;
        }
        reportReaders(names);

        // The PnP pseudo reader first, then every reader with the state we last saw, so the
        // wait returns only on a change (or the timeout).
        std::vector<QByteArray> utf8Names;
        utf8Names.reserve(size_t(names.size()));
        std::vector<SCARD_READERSTATE> states(size_t(names.size()) + 1);
        states[0].szReader = PnpReader;
        states[0].dwCurrentState = pnpState;
        for (qsizetype i = 0; i < names.size(); ++i) {
            utf8Names.push_back(names.at(i).toUtf8());
            states[size_t(i) + 1].szReader = utf8Names.back().constData();
            states[size_t(i) + 1].dwCurrentState = cards.value(names.at(i)).eventState;
        }
        SCARDCONTEXT waitContext = 0;
        {
            std::lock_guard lock(mutex);
            if (stopping)
                break;
            waitContext = context;
        }
        // A cancel that lands between here and the wait is lost; the timeout bounds that.
        rc = SCardGetStatusChange(waitContext, WaitTimeoutMs, states.data(), DWORD(states.size()));
        if (rc == SCARD_E_CANCELLED || rc == SCARD_E_TIMEOUT)
            continue;
        if (isServiceLoss(rc)) {
            qCInfo(lcPcsc, "monitor: PC/SC service lost (0x%08lX)", static_cast<unsigned long>(rc));
            releaseContext();
            continue;
        }
        if (rc == SCARD_E_UNKNOWN_READER) {
            // A reader left between listing and waiting: list again, without spinning.
            sleepUnlessStopped(100);
            continue;
        }
        if (rc != SCARD_S_SUCCESS) {
            qCWarning(lcPcsc, "monitor: SCardGetStatusChange failed: 0x%08lX", static_cast<unsigned long>(rc));
            sleepUnlessStopped(500);
            continue;
        }

        pnpState = states[0].dwEventState & ~DWORD(SCARD_STATE_CHANGED);
        for (qsizetype i = 0; i < names.size(); ++i) {
            const SCARD_READERSTATE &s = states[size_t(i) + 1];
            if (s.dwEventState & (SCARD_STATE_UNKNOWN | SCARD_STATE_IGNORE))
                continue; // gone: the next listing reports it
            CardState &card = cards[names.at(i)];
            const bool present = (s.dwEventState & SCARD_STATE_PRESENT) && !(s.dwEventState & SCARD_STATE_MUTE);
            // pcsc-lite counts insertions and removals in the high word: a card swapped
            // between two waits still shows as a removal and an insertion.
            const bool swapped = card.present && present && card.eventState != SCARD_STATE_UNAWARE &&
                                 (card.eventState >> 16) != (s.dwEventState >> 16);
            if (card.present && (!present || swapped))
                post([o = owner, reader = names.at(i)] { emit o->cardRemoved(reader); });
            if (present && (!card.present || swapped)) {
                const QByteArray atr(reinterpret_cast<const char *>(s.rgbAtr), qsizetype(qMin<DWORD>(s.cbAtr, MAX_ATR_SIZE)));
                post([o = owner, reader = names.at(i), atr] { emit o->cardInserted(reader, atr); });
            }
            card.present = present;
            card.eventState = s.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
        }
    }
    releaseContext();
}

ReaderMonitor::ReaderMonitor(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Club::Devices::PcscError>();
}

ReaderMonitor::~ReaderMonitor()
{
    stop();
}

void ReaderMonitor::start()
{
    if (m_worker)
        return;
    m_worker = std::make_unique<Worker>(this);
    m_worker->thread = std::thread([w = m_worker.get()] { w->run(); });
}

void ReaderMonitor::stop()
{
    if (!m_worker)
        return;
    {
        std::lock_guard lock(m_worker->mutex);
        m_worker->stopping = true;
        if (m_worker->hasContext)
            SCardCancel(m_worker->context);
    }
    m_worker->wake.notify_all();
    m_worker->thread.join();
    m_worker.reset();
}

bool ReaderMonitor::isRunning() const
{
    return m_worker != nullptr;
}

} // namespace Club::Devices
