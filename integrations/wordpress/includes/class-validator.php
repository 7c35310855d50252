<?php
/**
 * Checks a custom glossary before it is used: with the package's own rules (the `ics-glossary
 * validate` command in dist/cli.js) where Node.js can run, otherwise against the JSON schema.
 *
 * @package IcsGlossary
 */

namespace IcsGlossary;

defined( 'ABSPATH' ) || exit;

/** Validation of glossary JSON, with a message for each problem. */
final class Validator {
	/** Problems listed at most, so that a wrong file does not fill the screen. */
	const MAX_ERRORS = 12;

	/**
	 * Checks glossary JSON as it will be used.
	 *
	 * @param string $json The file's text.
	 * @param string $mode merge or replace.
	 * @return array{errors: string[], checker: string} The problems (none when it may be used), and
	 *         what checked it: "node" (the package's rules) or "schema" (the JSON schema, in PHP).
	 */
	public static function check( string $json, string $mode ): array {
		$data = json_decode( $json );
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			/* translators: %s: the JSON parser's message */
			return self::result( array( sprintf( __( 'it is not JSON (%s)', 'ics-glossary' ), json_last_error_msg() ) ), 'json' );
		}
		$errors = self::with_node( $json, $mode );
		if ( null !== $errors ) {
			return self::result( $errors, 'node' );
		}
		return self::result( self::readable( ( new Schema( Glossary::schema() ) )->errors( $data ), $data ), 'schema' );
	}

	/**
	 * The result, with long lists cut short.
	 *
	 * @param string[] $errors  Problems.
	 * @param string   $checker What found them.
	 * @return array{errors: string[], checker: string}
	 */
	private static function result( array $errors, string $checker ): array {
		if ( count( $errors ) > self::MAX_ERRORS ) {
			/* translators: %d: number of problems not listed */
			$more   = sprintf( _n( '…and %d more problem', '…and %d more problems', count( $errors ) - self::MAX_ERRORS + 1, 'ics-glossary' ), count( $errors ) - self::MAX_ERRORS + 1 );
			$errors = array_merge( array_slice( $errors, 0, self::MAX_ERRORS - 1 ), array( $more ) );
		}
		return array(
			'errors'  => $errors,
			'checker' => $checker,
		);
	}

	/**
	 * Schema problems worded like the package's ("glossary entry 1 ("xyz"): field "status" …").
	 *
	 * @param string[] $errors Problems as "/entries/1/status: message".
	 * @param mixed    $data   The data, for entry ids.
	 * @return string[]
	 */
	private static function readable( array $errors, $data ): array {
		return array_map(
			function ( $error ) use ( $data ) {
				if ( ! preg_match( '#^/entries/(\d+)(?:/(\S+))?: (.*)$#s', $error, $m ) ) {
					return 'glossary: ' . preg_replace( '#^/: #', '', $error );
				}
				$entry = $data->entries[ (int) $m[1] ];
				$named = is_object( $entry ) && isset( $entry->id ) && is_string( $entry->id ) ? " (\"{$entry->id}\")" : '';
				return "glossary entry {$m[1]}{$named}: " . ( empty( $m[2] ) ? '' : "field \"{$m[2]}\" " ) . $m[3];
			},
			$errors
		);
	}

	/**
	 * The Node.js binary: the ICS_GLOSSARY_NODE constant, else `node` on the PATH; the
	 * `ics_glossary_node` filter may change it, or return '' to check with the schema only.
	 */
	private static function node(): string {
		$node = defined( 'ICS_GLOSSARY_NODE' ) ? ICS_GLOSSARY_NODE : '';
		if ( '' === $node ) {
			foreach ( array_merge( explode( PATH_SEPARATOR, (string) getenv( 'PATH' ) ), array( '/usr/local/bin', '/usr/bin' ) ) as $dir ) {
				if ( '' !== $dir && is_file( $dir . '/node' ) && is_executable( $dir . '/node' ) ) {
					$node = $dir . '/node';
					break;
				}
			}
		}
		return (string) apply_filters( 'ics_glossary_node', $node );
	}

	/**
	 * The package's verdict, or null when it cannot be had (no Node.js, no proc_open, a Node.js too old
	 * to run the command), so that the schema decides instead.
	 *
	 * @param string $json The glossary.
	 * @param string $mode merge or replace.
	 * @return string[]|null
	 */
	private static function with_node( string $json, string $mode ): ?array {
		$node = self::node();
		if ( '' === $node || ! function_exists( 'proc_open' ) ) {
			return null;
		}
		$command = array( $node, DIR . 'dist/cli.js', 'validate', '--mode', $mode );
		$process = proc_open( $command, array( array( 'pipe', 'r' ), array( 'pipe', 'w' ), array( 'pipe', 'w' ) ), $pipes );
		if ( ! is_resource( $process ) ) {
			return null;
		}
		// phpcs:disable WordPress.WP.AlternativeFunctions -- pipes to a child process, not files.
		fwrite( $pipes[0], $json );
		fclose( $pipes[0] );
		// Standard error first: it can hold many lines, standard output at most one.
		$stderr = stream_get_contents( $pipes[2] );
		stream_get_contents( $pipes[1] );
		fclose( $pipes[1] );
		fclose( $pipes[2] );
		// phpcs:enable
		$status = proc_close( $process );
		$prefix = 'ics-glossary: standard input: ';
		$errors = array();
		foreach ( explode( "\n", (string) $stderr ) as $line ) {
			if ( 0 === strpos( $line, $prefix ) ) {
				$errors[] = substr( $line, strlen( $prefix ) );
			}
		}
		if ( 0 === $status ) {
			return array();
		}
		return 1 === $status && $errors ? $errors : null;
	}
}
