/** Marks where a reader page's render put the counters' `<head>` code (components/ads/CounterCode.tsx). */
export const HEAD_CODE_ATTRIBUTE = "data-vestnik-head-code";

const HEAD_CODE = new RegExp(`<template ${HEAD_CODE_ATTRIBUTE}="">([\\s\\S]*?)</template>`);

/**
 * Moves the counters' head code from where React rendered it (React cannot render raw markup in
 * <head>) to the end of <head>. What it moves is still checked like any script: only code whose
 * hashes and addresses were saved by an administrator survives stripFrameworkJs.
 */
export function placeHeadCode(html: string): string {
  const found = HEAD_CODE.exec(html);
  if (!found) return html;
  const without = html.slice(0, found.index) + html.slice(found.index + found[0].length);
  const headEnd = without.indexOf("</head>");
  return headEnd === -1 ? without : without.slice(0, headEnd) + found[1] + without.slice(headEnd);
}
