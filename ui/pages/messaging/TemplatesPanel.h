// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messaging/Messaging.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace Club::Ui {

class FieldErrors;
class UiContext;

// The Templates tab: messages with {placeholders}, each in Persian, Arabic and English.
class TemplatesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatesPanel(UiContext &context, QWidget *parent = nullptr);

    void reload();
    void startNew();
    bool save();
    FieldErrors &fieldErrors() const { return *m_errors; }

private:
    void show(const Core::MessageTemplate &t);

    UiContext &m_context;
    FieldErrors *m_errors;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_channel;
    QTabWidget *m_languages;
    QLineEdit *m_subject[3];
    QPlainTextEdit *m_body[3];
    Core::Id m_editing = Core::kNoId;
    QList<Core::MessageTemplate> m_templates;
};

} // namespace Club::Ui
