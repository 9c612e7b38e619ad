/**
 * Plain notices of the task pane page when the pane cannot run: opened outside Office (office.js
 * absent, or present but `Office.onReady` reports no Excel host), or in a webview too old for the
 * bundles (taskpane.html's inline ES5 script handles that one, before any bundle runs). Outside
 * Office there is no display language: the browser's (`navigator.language`) picks English or
 * Simplified Chinese, by the same rule (`localeOf`).
 */
import { localeOf } from "../model";
import type { Locale } from "../model";

interface NoticeText {
  /** The sentence before the link to the preview page. */
  outside: string;
  link: string;
  /** After the link. */
  end: string;
  /** The pane could not start: the reason follows. */
  startFailed: (reason: string) => string;
}

const NOTICE: Record<Locale, NoticeText> = {
  en: {
    outside:
      "GTM Modeler runs inside Excel: add it to Excel and open it from the Home tab. To try it in this browser without Excel, open the ",
    link: "preview page",
    end: ".",
    startFailed: (reason) => `GTM Modeler could not start: ${reason}`,
  },
  "zh-CN": {
    outside:
      "GTM 建模器在 Excel 中运行：请将其添加到 Excel，并从“开始”选项卡打开。若要在此浏览器中不用 Excel 试用，请打开",
    link: "预览页面",
    end: "。",
    startFailed: (reason) => `GTM 建模器无法启动：${reason}`,
  },
};

export const OUTSIDE_OFFICE_TEXT = NOTICE.en.outside;

export const PREVIEW_LINK_TEXT = NOTICE.en.link;

/** The notices' words in the language of a tag such as `navigator.language`. */
export function noticeText(language: string): NoticeText {
  return NOTICE[localeOf(language)];
}

/** Replace the page's root with the "runs inside Excel" notice, linking to the preview page. */
export function showOutsideOffice(root: HTMLElement, language = navigator.language): void {
  const text = noticeText(language);
  root.textContent = "";
  const p = document.createElement("p");
  p.className = "gtm-notice";
  p.append(text.outside);
  const link = document.createElement("a");
  link.href = "preview.html";
  link.textContent = text.link;
  p.append(link, text.end);
  root.append(p);
}
