// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PC/SC is the same API on every platform: pcsc-lite on Linux and macOS, winscard.dll on
// Windows. Our code passes reader names as char strings, so on Windows (where Qt builds
// with UNICODE) the ANSI entry points are named here instead of the wide ones.
#include <QtGlobal>

#ifdef Q_OS_WIN
#include <windows.h>
#include <winscard.h>
#undef SCardListReaders
#define SCardListReaders SCardListReadersA
#undef SCardGetStatusChange
#define SCardGetStatusChange SCardGetStatusChangeA
#undef SCardConnect
#define SCardConnect SCardConnectA
#undef SCardStatus
#define SCardStatus SCardStatusA
#define SCARD_READERSTATE SCARD_READERSTATEA
#ifndef MAX_ATR_SIZE
#define MAX_ATR_SIZE 33 // pcsc-lite's value: an ISO 7816-3 ATR has at most 33 bytes
#endif
#else
#include <PCSC/pcsclite.h>
#include <PCSC/winscard.h>
#endif
