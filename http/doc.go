// Package http serves parley's JSON API over the standard library's
// router. Importers alias it parleyhttp, since it shadows net/http.
//
// The routes read the root services, parley.DocumentStore,
// parley.EventStore and parley.QuoteStore, and never write:
//
//	GET /api/v1/events           events, filtered, one page a request
//	GET /api/v1/documents        documents, filtered, one page a request
//	GET /api/v1/documents/{id}   one record with all its layers
//	GET /api/v1/quotes           quotes, filtered, one page a request
//	GET /openapi.json            OpenAPI 3.1 description of the routes
//
// A page carries "next", the cursor to pass as ?after= for the following
// page, empty on the last one. Errors are {"error": message} with the status
// of their parley error code; internal errors are logged and shown as
// "internal error".
package http
