// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplatesPanel.h"

#include "UiContext.h"
#include "messaging/CampaignService.h"
#include "messaging/TemplateRenderer.h"
#include "widgets/ErrorDisplay.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextDocument>
#include <QTextOption>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
const char *const kLanguages[3] = {"fa", "ar", "en"};
}

TemplatesPanel::TemplatesPanel(UiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_errors(new FieldErrors(this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_channel(new QComboBox(this))
    , m_languages(new QTabWidget(this))
{
    m_list->setObjectName(QStringLiteral("templateList"));
    m_name->setObjectName(QStringLiteral("templateName"));
    m_channel->setObjectName(QStringLiteral("templateChannel"));
    m_channel->addItem(tr("SMS"), channelKey(Core::Channel::Sms));
    m_channel->addItem(tr("Email"), channelKey(Core::Channel::Email));
    const QString names[3] = {tr("Persian"), tr("Arabic"), tr("English")};
    for (int i = 0; i < 3; ++i) {
        auto *page = new QWidget(m_languages);
        auto *form = new QFormLayout(page);
        m_subject[i] = new QLineEdit(page);
        m_subject[i]->setObjectName(QString(QStringLiteral("subject_") + QLatin1String(kLanguages[i])));
        m_body[i] = new QPlainTextEdit(page);
        m_body[i]->setObjectName(QString(QStringLiteral("body_") + QLatin1String(kLanguages[i])));
        // Each language is written in its own direction, whatever the window's.
        const Qt::LayoutDirection direction = i < 2 ? Qt::RightToLeft : Qt::LeftToRight;
        m_subject[i]->setLayoutDirection(direction);
        m_body[i]->setLayoutDirection(direction);
        // A plain text editor aligns to the absolute left whatever the direction: the text's
        // own language decides the side here (Persian and Arabic right, English left).
        QTextOption option = m_body[i]->document()->defaultTextOption();
        option.setTextDirection(direction);
        option.setAlignment(Qt::AlignAbsolute | (i < 2 ? Qt::AlignRight : Qt::AlignLeft));
        m_body[i]->document()->setDefaultTextOption(option);
        //: The subject line of an email
        form->addRow(tr("Subject:"), m_subject[i]);
        form->addRow(tr("Text:"), m_body[i]);
        m_languages->addTab(page, names[i]);
        m_errors->add(QStringLiteral("body_") + QLatin1String(kLanguages[i]), m_body[i]);
    }
    m_errors->alias(QStringLiteral("body"), QStringLiteral("body_fa"));

    const QString known =
        QStringLiteral("{") + Core::TemplateRenderer::placeholders().join(QStringLiteral("}  {")) + u'}';
    auto *hint = new QLabel(tr("You can use: %1").arg(known), this);
    hint->setWordWrap(true);
    auto *newButton = new QPushButton(tr("&New message"), this);
    newButton->setObjectName(QStringLiteral("newTemplate"));
    auto *saveButton = new QPushButton(tr("&Save message"), this);
    saveButton->setObjectName(QStringLiteral("saveTemplate"));
    connect(newButton, &QPushButton::clicked, this, &TemplatesPanel::startNew);
    connect(saveButton, &QPushButton::clicked, this, &TemplatesPanel::save);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_templates.size())
            show(m_templates.at(row));
    });

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("Name:"), m_name, QStringLiteral("name"));
    form->addRow(tr("Sent by:"), m_channel);
    auto *editor = new QVBoxLayout;
    editor->addLayout(form);
    editor->addWidget(m_languages, 1);
    editor->addWidget(hint);
    editor->addWidget(m_errors->addGeneral());
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    editor->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(editor, 2);
}

void TemplatesPanel::reload()
{
    const Core::Result<QList<Core::MessageTemplate>> list = m_context.campaigns().templates(m_context.actor());
    if (!list)
        return;
    m_templates = *list;
    const QSignalBlocker block(m_list);
    m_list->clear();
    int current = -1;
    for (const Core::MessageTemplate &t : m_templates) {
        m_list->addItem(t.name);
        if (t.id == m_editing)
            current = int(m_list->count()) - 1;
    }
    m_list->setCurrentRow(current);
}

void TemplatesPanel::startNew()
{
    show(Core::MessageTemplate{});
    m_list->clearSelection();
    m_name->setFocus();
}

void TemplatesPanel::show(const Core::MessageTemplate &t)
{
    m_errors->clear();
    m_editing = t.id;
    m_name->setText(t.name);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channelKey(t.channel))));
    const QString subjects[3] = {t.subjectFa, t.subjectAr, t.subjectEn};
    const QString bodies[3] = {t.bodyFa, t.bodyAr, t.bodyEn};
    for (int i = 0; i < 3; ++i) {
        m_subject[i]->setText(subjects[i]);
        m_body[i]->setPlainText(bodies[i]);
    }
}

bool TemplatesPanel::save()
{
    m_errors->clear();
    Core::MessageTemplate t;
    t.id = m_editing;
    t.name = m_name->text();
    Core::channelFromKey(m_channel->currentData().toString(), t.channel);
    t.subjectFa = m_subject[0]->text();
    t.subjectAr = m_subject[1]->text();
    t.subjectEn = m_subject[2]->text();
    t.bodyFa = m_body[0]->toPlainText();
    t.bodyAr = m_body[1]->toPlainText();
    t.bodyEn = m_body[2]->toPlainText();
    const Core::Result<Core::MessageTemplate> saved = m_context.campaigns().saveTemplate(m_context.actor(), t);
    if (!saved) {
        m_errors->report(saved.error());
        return false;
    }
    m_editing = saved->id;
    reload();
    return true;
}

} // namespace Club::Ui
