// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include "PcscApi.h"

namespace Club::Devices {

// Every PC/SC failure the callers can act on; the raw SCARD_* code is kept for the log.
enum class PcscError {
    None,
    NoService, // pcscd not running or not reachable
    NoReaders,
    ReaderNotFound, // no reader matches the name pattern
    NoCard,         // nothing on the reader (also: card did not appear before the timeout)
    CardRemoved,
    CardUnresponsive,
    SharingViolation,
    Timeout,
    ShortResponse, // fewer than the 2 status bytes: the card went away mid-exchange
    NotConnected,
    InvalidArgument,
    Failed, // any other SCARD_* code
};

PcscError pcscErrorFromCode(LONG code);

// RAII PC/SC context. Synchronous and blocking with bounded waits: use it from a worker
// thread, one context per thread (pcsc-lite contexts must not be shared across threads).
class PcscContext
{
public:
    PcscContext();
    ~PcscContext();
    PcscContext(const PcscContext &) = delete;
    PcscContext &operator=(const PcscContext &) = delete;

    PcscError establish();
    void release();
    bool isValid() const { return m_valid; }
    SCARDCONTEXT handle() const { return m_context; }

    PcscError readers(QStringList *names) const;
    // The first reader whose whole name matches a wildcard pattern (`*` any run, `?` one
    // character, case-insensitive), e.g. "ACS ACR122U*" or "Virtual PCD 00 00"; an empty
    // pattern takes the first reader. Empty when nothing matches.
    static QString matchReader(const QString &pattern, const QStringList &readers);
    // First reader whose name matches the regular expression (case-insensitive), so
    // users configure "ACR122U" or "Virtual PCD 00 00" without the full name.
    PcscError findReader(const QString &pattern, QString *name) const;
    // Blocks until a card is present on the reader or the timeout expires.
    PcscError waitForCard(const QString &reader, int timeoutMs) const;

    LONG lastCode() const { return m_lastCode; }

private:
    SCARDCONTEXT m_context = 0;
    bool m_valid = false;
    mutable LONG m_lastCode = SCARD_S_SUCCESS;
};

} // namespace Club::Devices

Q_DECLARE_METATYPE(Club::Devices::PcscError)
