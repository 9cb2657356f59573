#!/usr/bin/env node
// Independent check of WARC files written by provscore, using warcio.js's parser:
// record syntax (version line, mandatory fields, Content-Length), WARC-Block-Digest over
// the block, and WARC-Payload-Digest over the HTTP entity body (chunked framing removed,
// Content-Encoding kept -- the rule fetch/warc_record.h documents). Revisit records are
// checked for their block digest only. Exit 0 when every record checks, 1 otherwise.
//
//   node tools/warc-validate/validate.mjs archive/provscore-*.warc.gz
import { createReadStream } from "node:fs";
import { createHash } from "node:crypto";
import { WARCParser } from "warcio";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function sha1Base32(bytes) {
  const md = createHash("sha1").update(bytes).digest();
  let bits = 0, value = 0, out = "";
  for (const b of md) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return "sha1:" + out;
}

function indexOf(hay, needle, from = 0) {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

// Tolerant chunked decoding: stops at the first malformed chunk.
function dechunk(body) {
  const parts = [];
  let pos = 0;
  while (pos < body.length) {
    const eol = indexOf(body, [0x0a], pos);
    if (eol < 0) break;
    const line = Buffer.from(body.subarray(pos, eol)).toString("latin1").split(";")[0].trim();
    if (!/^[0-9a-fA-F]+$/.test(line)) break;
    const size = parseInt(line, 16);
    pos = eol + 1;
    if (size === 0) break;
    parts.push(body.subarray(pos, Math.min(pos + size, body.length)));
    pos += size;
    if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2;
    else if (body[pos] === 0x0a) pos += 1;
    else break;
  }
  return Buffer.concat(parts);
}

const MANDATORY = ["WARC-Record-ID", "WARC-Date", "WARC-Type", "Content-Length"];

async function checkFile(path) {
  let records = 0, problems = 0;
  const fail = (msg) => { problems++; console.error(`${path}: ${msg}`); };
  const parser = new WARCParser(createReadStream(path), { keepHeadersCase: true, parseHttp: false });
  for await (const record of parser) {
    records++;
    const h = record.warcHeaders;
    const id = h.headers.get("WARC-Record-ID") || `#${records}`;
    if (!/^WARC\/1\.[01]$/.test(h.protocol || h.statusline)) fail(`${id}: bad version line ${h.statusline}`);
    for (const f of MANDATORY) if (!h.headers.get(f)) fail(`${id}: missing ${f}`);
    if (!/^<urn:uuid:[0-9a-f-]{36}>$/.test(h.headers.get("WARC-Record-ID") || "")) fail(`${id}: record id is not a urn:uuid`);
    const block = await record.readFully(false);
    if (block.length !== Number(h.headers.get("Content-Length"))) fail(`${id}: Content-Length ${h.headers.get("Content-Length")} != block ${block.length}`);
    const blockDigest = h.headers.get("WARC-Block-Digest");
    if (blockDigest && blockDigest !== sha1Base32(block)) fail(`${id}: WARC-Block-Digest mismatch`);
    const type = h.headers.get("WARC-Type");
    const payloadDigest = h.headers.get("WARC-Payload-Digest");
    if (type === "response" && payloadDigest) {
      const end = indexOf(block, [13, 10, 13, 10]);
      if (end < 0) { fail(`${id}: response block has no HTTP head`); continue; }
      const head = Buffer.from(block.subarray(0, end)).toString("latin1");
      let body = block.subarray(end + 4);
      if (/^transfer-encoding:.*chunked/im.test(head)) body = dechunk(body);
      if (payloadDigest !== sha1Base32(body)) fail(`${id}: WARC-Payload-Digest mismatch`);
    }
    if (type === "revisit") {
      for (const f of ["WARC-Profile", "WARC-Refers-To-Target-URI", "WARC-Refers-To-Date"]) {
        if (!h.headers.get(f)) fail(`${id}: revisit without ${f}`);
      }
    }
  }
  return { records, problems };
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: validate.mjs FILE.warc[.gz]...");
  process.exit(2);
}
let bad = 0;
for (const f of files) {
  try {
    const { records, problems } = await checkFile(f);
    console.log(`${f}: ${records} records, ${problems} problems`);
    if (problems > 0 || records === 0) bad++;
  } catch (e) {
    console.error(`${f}: ${e.message}`);
    bad++;
  }
}
process.exit(bad ? 1 : 0);
