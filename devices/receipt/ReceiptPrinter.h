// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace Club::Devices {

// Sends ESC/POS bytes to a receipt printer from a worker thread, so the UI never waits.
// Writes go out in chunks; a chunk that is not taken within the chunk timeout (paper jam,
// printer off, flow control held) ends the job with Timeout, never a hang.
class ReceiptPrinter : public QObject
{
    Q_OBJECT
public:
    enum class Error { None, OpenFailed, WriteFailed, Timeout, Busy, Cancelled };
    Q_ENUM(Error)

    struct Destination
    {
        enum class Kind { Serial, File };
        Kind kind = Kind::File;
        QString path;         // serial port by absolute path, or /dev/usb/lp0, a FIFO, any file
        int baudRate = 19200; // serial only, 9600–115200, always 8N1
        bool hardwareFlowControl = false;

        static Destination serial(const QString &path, int baudRate = 19200, bool hardwareFlowControl = false);
        static Destination file(const QString &path);
    };

    explicit ReceiptPrinter(QObject *parent = nullptr);
    // Cancels a running job and waits for the worker (at most about one chunk timeout).
    ~ReceiptPrinter() override;

    void setDestination(const Destination &destination) { m_destination = destination; }
    Destination destination() const { return m_destination; }
    void setChunkSize(int bytes) { m_chunkSize = qMax(1, bytes); }
    // Per chunk; must exceed chunkSize / (baud / 10) seconds on a serial line.
    void setChunkTimeout(int ms) { m_chunkTimeout = qMax(1, ms); }

    bool isBusy() const { return m_thread != nullptr; }

    // finished() follows, always asynchronously: Busy if a job is running.
    void print(const QByteArray &escposBytes);
    void cancel();

signals:
    void finished(Club::Devices::ReceiptPrinter::Error error);

private:
    Error run(const QByteArray &bytes, const Destination &destination, int chunkSize, int chunkTimeout);
    Error writeSerial(const QByteArray &bytes, const Destination &destination, int chunkSize, int chunkTimeout);
    Error writeFile(const QByteArray &bytes, const Destination &destination, int chunkSize, int chunkTimeout);

    Destination m_destination;
    int m_chunkSize = 1024;
    int m_chunkTimeout = 5000;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Club::Devices

Q_DECLARE_METATYPE(Club::Devices::ReceiptPrinter::Error)
